using BriefGen.Rendering.Templates;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Rendering;

/// <summary>Theme folders: searched after the site's templates and before the built-in ones, with the same confinement.</summary>
public sealed class ThemeTests
{
    private const string Brief = "briefs/a-brief/index.html";

    /// <summary>A one-brief site with <paramref name="config"/> and the given files (path relative to the site folder).</summary>
    private static string Site(string config, params (string Path, string Text)[] files)
    {
        var dir = TestSite.TempDir();
        Write(dir, "briefgen.yml", "title: Themed\n" + config);
        Write(dir, "seeds/a-brief.md", "---\ntitle: A brief\ndate: 2025-01-02\n---\nBody text.\n");
        foreach (var (path, text) in files)
        {
            Write(dir, path, text);
        }

        return dir;
    }

    private static void Write(string dir, string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, path))!);
        File.WriteAllText(Path.Combine(dir, path), text);
    }

    private static (BuildResult Result, BriefGen.Output.InMemorySiteWriter Writer) Build(string site, IReadOnlyList<string>? themes = null)
    {
        var writer = new BriefGen.Output.InMemorySiteWriter();
        return (new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site, Themes = themes }, new BuildHooks(_ => writer)), writer);
    }

    [Fact]
    public void Theme_ReplacesBuiltInTemplatesAssetsAndAddsStaticFiles_TheSiteStillWins()
    {
        var site = Site(
            "theme: themes/ink\n",
            ("themes/ink/brief.sbn-html", "<p>ink {{ brief.title }}</p>"),
            ("themes/ink/_partials/site-footer.sbn-html", "<footer>ink footer</footer>"),
            ("themes/ink/_assets/style.css", "body { color: navy }"),
            ("themes/ink/static/fonts/ink.woff2", "font"),
            ("themes/ink/static/robots-note.txt", "theme's"),
            ("static/robots-note.txt", "site's"),
            ("templates/_partials/site-footer.sbn-html", "<footer>site footer</footer>"));

        var (result, writer) = Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("<p>ink A brief</p>", writer.ReadText(Brief).TrimEnd());
        Assert.Contains("<footer>site footer</footer>", writer.ReadText("index.html"), StringComparison.Ordinal);
        Assert.Equal("body { color: navy }", writer.ReadText("assets/style.css"));
        Assert.Equal("font", writer.ReadText("fonts/ink.woff2"));
        Assert.Equal("site's", writer.ReadText("robots-note.txt"));
        Assert.Contains(new TemplateSource("brief.sbn-html", TemplateOrigin.Theme, "ink", "themes/ink/brief.sbn-html"), result.Templates);
        Assert.Contains(new TemplateSource("_partials/site-footer.sbn-html", TemplateOrigin.Site, null, "templates/_partials/site-footer.sbn-html"), result.Templates);
        Assert.Contains(new TemplateSource("index.sbn-html", TemplateOrigin.BuiltIn, null, "builtin:templates/index.sbn-html"), result.Templates);
    }

    [Fact]
    public void Themes_AreSearchedInOrder_ConfigListFirst_ThenTheOptions()
    {
        var site = Site(
            "theme:\n  - themes/first\n  - themes/second\n",
            ("themes/first/brief.sbn-html", "first"),
            ("themes/second/brief.sbn-html", "second"),
            ("themes/second/_partials/site-footer.sbn-html", "<footer>second</footer>"),
            ("themes/second/index.sbn-html", "second index"),
            ("package/index.sbn-html", "package index"),
            ("package/_assets/style.css", "package css"));

        var (result, writer) = Build(site, [Path.Combine(site, "package")]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("first", writer.ReadText(Brief).TrimEnd());
        Assert.Equal("second index", writer.ReadText("index.html").TrimEnd());
        Assert.Equal("package css", writer.ReadText("assets/style.css"));
    }

    [Theory]
    [InlineData("theme: themes/missing\n", 2, 8)]
    [InlineData("theme:\n  - themes/ink\n  - themes/missing\n", 4, 5)]
    public void MissingThemeFolder_IsReportedAtItsPlaceInTheFile(string config, int line, int column)
    {
        var site = Site(config, ("themes/ink/brief.sbn-html", "ink"));

        var error = Assert.Single(Build(site).Result.Diagnostics, d => d.Id == "BG5007");

        Assert.Equal(("briefgen.yml", line, column), (error.Path, error.Line, error.Column));
        Assert.Contains("'themes/missing'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme: ../elsewhere\n")]
    [InlineData("theme: /etc\n")]
    [InlineData("theme: [themes/ink, { name: x }]\n")]
    public void ThemeOutsideTheSiteOrNotAPath_IsRefused(string config)
    {
        var site = Site(config, ("themes/ink/brief.sbn-html", "ink"));

        var error = Assert.Single(Build(site).Result.Diagnostics, d => d.Id == "BG5002");

        Assert.Equal(("briefgen.yml", 2, 8), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public void SymlinkLeavingTheTheme_IsRefused()
    {
        var outside = Path.Combine(TestSite.TempDir(), "secret.txt");
        File.WriteAllText(outside, "secret");
        var site = Site("theme: themes/ink\n", ("themes/ink/brief.sbn-html", "{{ include 'leak.sbn-html' }}"));
        File.CreateSymbolicLink(Path.Combine(site, "themes", "ink", "leak.sbn-html"), outside);

        var (result, writer) = Build(site);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG3004");
        Assert.Equal("themes/ink/brief.sbn-html", error.Path);
        Assert.Contains("outside the theme folder 'ink'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(writer.Files.Values, v => System.Text.Encoding.UTF8.GetString(v).Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void ErrorInAThemeTemplate_NamesTheThemeFile()
    {
        var site = Site("theme: themes/ink\n", ("themes/ink/brief.sbn-html", "line\n{{ x = }}"));

        var error = Assert.Single(Build(site).Result.Diagnostics, d => d.Id == "BG3001");

        Assert.Equal(("themes/ink/brief.sbn-html", 2), (error.Path, error.Line));
    }

    [Fact]
    public void IncrementalBuild_EditingAThemePartial_RendersAgainTheFilesThatUseIt()
    {
        var site = Site("theme: themes/ink\n", ("themes/ink/_partials/hooks/brief-end.sbn-html", "<p>v1</p>"));
        var options = new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(site, "_site") };
        var generator = new BriefGenerator();
        Assert.True(generator.Build(options).Succeeded);

        File.WriteAllText(Path.Combine(site, "themes", "ink", "_partials", "hooks", "brief-end.sbn-html"), "<p>v2</p>");
        var second = generator.Build(options);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Equal(1, second.FilesRendered);
        Assert.Contains("<p>v2</p>", File.ReadAllText(Path.Combine(site, "_site", Brief)), StringComparison.Ordinal);
    }

    [Fact]
    public void List_ShowsWhereEveryNameResolves()
    {
        var site = Site("theme: themes/ink\n", ("themes/ink/brief.sbn-html", "ink"), ("themes/ink/extra.sbn-html", "x"), ("templates/index.sbn-html", "mine"));

        var (folder, templates, errors) = SiteTemplates.List(new SiteBuildOptions { SiteDir = site });

        Assert.Empty(errors);
        Assert.Equal(Path.Combine(site, "templates"), folder);
        var byName = templates.ToDictionary(t => t.Name);
        Assert.Equal("theme 'ink'", byName["brief.sbn-html"].Describe());
        Assert.Equal("theme 'ink'", byName["extra.sbn-html"].Describe());
        Assert.Equal("site", byName["index.sbn-html"].Describe());
        Assert.Equal("built-in", byName["_layouts/base.sbn-html"].Describe());
        Assert.Equal(SiteTemplates.BuiltInNames.Count + 1, templates.Length);
    }
}
