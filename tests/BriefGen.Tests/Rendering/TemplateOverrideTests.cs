using AngleSharp.Html.Parser;
using BriefGen.Rendering.Templates;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Rendering;

public sealed class TemplateOverrideTests
{
    private const string BriefUrl = "briefs/north-korean-troops-in-russia-a-dangerous-new-phase-in-the-ukraine-war/index.html";

    private static (BuildResult Result, BriefGen.Output.InMemorySiteWriter Writer) BuildWith(params (string Name, string Text)[] templates)
    {
        var dir = TestSite.TempDir();
        foreach (var (name, text) in templates)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, name))!);
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        return TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, TemplatesDir = dir });
    }

    [Fact]
    public void UserBriefTemplate_ReplacesDefault_OtherPagesKeepDefaults()
    {
        var (result, writer) = BuildWith(("brief.sbn-html", "<p>custom {{ brief.title }}</p>"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.StartsWith("<p>custom North Korean", writer.ReadText(BriefUrl), StringComparison.Ordinal);
        Assert.Contains("<!DOCTYPE html>", writer.ReadText("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void UserPartial_ReplacesOnePartial_WithoutDoubleEscaping()
    {
        var (result, writer) = BuildWith(("_partials/site-footer.sbn-html", "<footer class=\"site-footer\"><p>Mine &amp; {{ site.title }}</p></footer>"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var doc = new HtmlParser().ParseDocument(writer.ReadText("index.html"));
        Assert.Equal("Mine & Policy Briefs", doc.QuerySelector("footer.site-footer p")!.TextContent);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public void Include_OutsideTemplates_IsLocatedError(string target)
    {
        var (result, _) = BuildWith(("brief.sbn-html", $"line one\n  {{{{ include '{target}' }}}}"));

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG3004");
        Assert.EndsWith("brief.sbn-html", error.Path, StringComparison.Ordinal);
        Assert.Equal((2, 6), (error.Line, error.Column));
    }

    [Fact]
    public void Include_SymlinkLeavingTemplates_IsError()
    {
        var outside = Path.Combine(TestSite.TempDir(), "secret.txt");
        File.WriteAllText(outside, "secret");
        var dir = TestSite.TempDir();
        File.CreateSymbolicLink(Path.Combine(dir, "leak.sbn-html"), outside);
        File.WriteAllText(Path.Combine(dir, "brief.sbn-html"), "{{ include 'leak.sbn-html' }}");

        var (result, writer) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, TemplatesDir = dir });

        Assert.Contains(result.Diagnostics, d => d.Id == "BG3004" && d.Line == 1);
        Assert.DoesNotContain(writer.Files.Values, v => System.Text.Encoding.UTF8.GetString(v).Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_ResolvesEachNameOnce_AndRefusesAnUnsafeOneEveryTime()
    {
        var dir = TestSite.TempDir();
        File.WriteAllText(Path.Combine(dir, "brief.sbn-html"), "mine");
        var outside = Path.Combine(TestSite.TempDir(), "secret.txt");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(dir, "leak.sbn-html"), outside);
        var loader = new BriefGen.Rendering.Templates.TemplateLoader(dir);

        var first = loader.Resolve("brief.sbn-html");
        File.Delete(Path.Combine(dir, "brief.sbn-html")); // a loader serves one build: what it resolved stays resolved

        Assert.Equal("templates/brief.sbn-html", first);
        Assert.Equal(first, loader.Resolve("brief.sbn-html"));
        Assert.Equal(BriefGen.Rendering.Templates.TemplateLoader.BuiltinPrefix + "index.sbn-html", loader.Resolve("index.sbn-html"));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            Assert.Throws<BriefGen.Rendering.Templates.IncludeRejectedException>(() => loader.Resolve("leak.sbn-html"));
            Assert.Throws<BriefGen.Rendering.Templates.IncludeRejectedException>(() => loader.Resolve("../brief.sbn-html"));
        }
    }

    [Fact]
    public void Include_TemplateOverFourMebibytes_IsLocatedErrorNotRead()
    {
        var (result, _) = BuildWith(("brief.sbn-html", "ok\n{{ include 'huge.sbn-html' }}"), ("huge.sbn-html", new string('x', 5 * 1024 * 1024)));

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG3004");
        Assert.Equal(2, error.Line);
        Assert.Contains("larger than 4 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhileTrue_EndsWithLocatedLimitError()
    {
        var (result, _) = BuildWith(("brief.sbn-html", "{{ while true }}x{{ end }}"));

        Assert.Contains(result.Diagnostics, d => d.Id == "BG3006" && d.Line == 1 && d.Path!.EndsWith("brief.sbn-html", StringComparison.Ordinal));
    }

    [Fact]
    public void SelfInclude_EndsWithLocatedLimitError()
    {
        var (result, _) = BuildWith(("brief.sbn-html", "{{ include '_partials/loop.sbn-html' }}"), ("_partials/loop.sbn-html", "a{{ include '_partials/loop.sbn-html' }}"));

        Assert.Contains(result.Diagnostics, d => d.Id == "BG3006" && d.Path!.EndsWith("loop.sbn-html", StringComparison.Ordinal));
    }

    [Fact]
    public void SyntaxError_IsReportedWithTemplateLineAndColumn()
    {
        var (result, _) = BuildWith(("brief.sbn-html", "ok\n{{ if }}"));

        var error = result.Diagnostics.First(d => d.Id == "BG3001");
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void Capture_PrintedTwice_IsEscapedOnce()
    {
        var (_, writer) = BuildWith(("brief.sbn-html", "{{ capture c }}<b>{{ '<&>' }}</b>{{ end }}{{ c }}"));

        Assert.Equal("<b>&lt;&amp;&gt;</b>\n", writer.ReadText(BriefUrl));
    }
}
