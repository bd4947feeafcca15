using BriefGen.Diagnostics;
using BriefGen.Output;
using BriefGen.Rendering;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using BriefGen.Tests.Infrastructure;
using Scriban.Runtime;

namespace BriefGen.Tests.Rendering;

/// <summary>
/// Templates are strict: reading a name that does not exist is a located warning (BG3008, BG3009), once per template
/// location, an error under <c>strict: true</c>; a block without <c>end</c> is reported where it opens.
/// </summary>
public sealed class StrictTemplateTests
{
    private const string BriefPage = "briefs/north-korean-troops-in-russia-a-dangerous-new-phase-in-the-ukraine-war/index.html";

    private static (BuildResult Result, InMemorySiteWriter Writer) BuildDemoWith(string config, params (string Name, string Text)[] templates)
    {
        var dir = TestSite.TempDir();
        foreach (var (name, text) in templates)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        var configFile = Path.Combine(TestSite.TempDir(), "briefgen.yml");
        File.WriteAllText(configFile, File.ReadAllText(Path.Combine(TestSite.Demo, "briefgen.yml")) + config);
        return TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, ConfigFile = configFile, TemplatesDir = dir });
    }

    [Fact]
    public void MemberTypo_InTheBriefTemplateOfEveryBrief_IsOneLocatedWarning_WithASuggestion()
    {
        var (result, writer) = BuildDemoWith("", ("brief.sbn-html", "<h1>\n  {{ brief.titel }}</h1>"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "BG3009"); // the demo has 11 briefs
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.EndsWith("brief.sbn-html", warning.Path, StringComparison.Ordinal);
        Assert.Equal((2, 12), (warning.Line, warning.Column));
        Assert.Equal("`brief` has no member `titel`, so it reads as empty; did you mean `brief.title`?", warning.Message);
        Assert.Equal("<h1>\n  </h1>\n", writer.ReadText(BriefPage));
    }

    [Fact]
    public void VariableTypo_IsALocatedWarning_WithASuggestion()
    {
        var (text, scope) = Render(false, "{{ words = 3 }}{{ if x }}{{ end }}\n{{ wrds }}", ("x", null));

        var warning = Assert.Single(scope.Diagnostics.ToImmutable());
        Assert.Equal(("BG3008", "templates/page", 2, 4), (warning.Id, warning.Path, warning.Line, warning.Column));
        Assert.Equal("there is no variable `wrds` here, so it reads as empty; did you mean `words`?", warning.Message);
        Assert.Equal("\n", text);
    }

    [Fact]
    public void LoopVariableTypo_SuggestsTheLoopVariable()
    {
        var (_, scope) = Render(false, "{{ for section in [1] }}{{ sectoin }}{{ end }}");

        Assert.EndsWith("did you mean `section`?", Assert.Single(scope.Diagnostics.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictTrue_UnknownName_IsAnError_AndNothingIsWritten()
    {
        var (result, writer) = BuildDemoWith("strict: true\n", ("brief.sbn-html", "{{ brief.titel }}"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d is { Id: "BG3009", Severity: DiagnosticSeverity.Error, Line: 1, Column: 10 });
        Assert.False(writer.Committed);
        Assert.DoesNotContain(writer.Files.Keys, f => f.StartsWith("briefs/", StringComparison.Ordinal) && f.EndsWith("index.html", StringComparison.Ordinal));
    }

    [Fact]
    public void StrictTrue_InAPageRender_FailsThePage()
    {
        var (text, scope) = Render(true, "ok {{ missing }}");

        Assert.Null(text);
        Assert.Equal(("BG3008", DiagnosticSeverity.Error), (Assert.Single(scope.Diagnostics.ToImmutable()).Id, scope.Diagnostics.ToImmutable()[0].Severity));
    }

    [Fact]
    public void KnownMemberHoldingNull_AndMembersOfNull_AreNotUnknown()
    {
        var brief = new ScriptObject { ["kind"] = null, ["license"] = null };

        var (text, scope) = Render(true, "[{{ brief.kind }}|{{ brief.license.url }}|{{ if brief.kind }}k{{ end }}]", ("brief", brief));

        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal("[||]\n", text);
    }

    /// <summary>Every default page kind of the demo site, the sitemap index too, reads only names that exist.</summary>
    [Theory]
    [InlineData(50_000, "sitemap.sbn-xml")]
    [InlineData(7, "sitemap-index.sbn-xml")]
    public void DemoSite_EveryDefaultPageKind_RendersWithoutOneUnknownName(int sitemapLimit, string sitemapTemplate)
    {
        var bag = new DiagnosticBag();
        var loader = ExpectedJsonReader.Loader(TestSite.Demo);
        var briefs = loader.Discover(Path.Combine(TestSite.Demo, "seeds"), TestSite.Demo, bag).Select(loader.Load).Select(s => (s.File.DisplayPath, s.Brief!));
        var config = new SiteConfig { BaseUrl = "https://example.org/", PageSize = 10, Strict = true, SitemapUrlLimit = sitemapLimit };
        var site = SiteAssembler.Assemble(config, briefs, bag);
        var writer = new InMemorySiteWriter();

        var diagnostics = SiteRenderer.Render(site, new RenderInputs(new TemplateLoader(null, "templates"), null, 2, StringsTables.English), writer);

        Assert.Empty(diagnostics);
        string[] kinds = [BriefPage, "index.html", "page/2/index.html", "topics/index.html", "topics/china/index.html", "authors/index.html",
            "authors/liana-fix/index.html", "programs/index.html", "programs/asia-program/index.html", "kinds/index.html",
            "kinds/backgrounder/index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt"];
        Assert.All(kinds, f => Assert.Contains(f, writer.Files.Keys));
        Assert.Equal(sitemapTemplate == "sitemap-index.sbn-xml", writer.Files.ContainsKey("sitemap-1.xml"));
    }

    [Theory]
    [InlineData("{{~ capture content ~}}\n<h1>x</h1>\n{{ if a }}<p>a</p>\n{{~ for x in [1] ~}}\n{{ x }}\n{{~ end ~}}\n{{~ end ~}}\n{{ content }}", "if", 3, 4)]
    [InlineData("{{~ capture content ~}}\n<h1>x</h1>\n{{~ if a ~}}\n<p>a</p>\n{{~ end ~}}\n{{ content }}", "if", 3, 5)]
    [InlineData("{{ capture content }}x{{ end }}\n\n  {{ for x in [1] }}\n{{ content }}", "for", 3, 6)]
    [InlineData("{{~ capture content ~}}\n{{ f = @(do; ret 1; end) }}\n{{ while false }}{{ end }}{{ func g }}1\n{{~ end ~}}\n{{ content }}", "func", 3, 30)]
    public void BlockWithoutEnd_IsReportedWhereItOpens(string page, string keyword, int line, int column)
    {
        var (text, scope) = Render(false, page, ("a", true));

        Assert.Null(text);
        var error = Assert.Single(scope.Diagnostics.ToImmutable());
        Assert.Equal(("BG3001", "templates/page", line, column), (error.Id, error.Path, error.Line, error.Column));
        Assert.Equal($"this `{keyword}` has no matching `end`", error.Message);
    }

    [Fact]
    public void BlockWithoutEnd_InAnIncludedPartial_IsReportedInThePartial()
    {
        var (renderer, _) = TemplateHarness.RendererWith(("page", "{{ include 'part' }}"), ("part", "one\n{{ if true }}two"));

        var (text, scope) = TemplateHarness.Render(renderer, "page");

        Assert.Null(text);
        var error = Assert.Single(scope.Diagnostics.ToImmutable());
        Assert.Equal(("templates/part", 2, 4, "this `if` has no matching `end`"), (error.Path, error.Line, error.Column, error.Message));
    }

    private static (string? Text, RenderScope Scope) Render(bool strict, string page, params (string Name, object? Value)[] vars)
        => TemplateHarness.Render(TemplateHarness.RendererWith(strict, ("page", page)).Renderer, "page", vars);
}
