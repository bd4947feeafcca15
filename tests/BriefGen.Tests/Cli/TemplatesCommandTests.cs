using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary><c>briefgen templates export|list</c> and where <c>build --verbose</c> says each template came from.</summary>
public sealed class TemplatesCommandTests
{
    private static string NewSite(string config = "", params (string Path, string Text)[] files)
    {
        var site = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.WriteAllText(Path.Combine(site, "seeds", "alpha.md"), "---\ntitle: Alpha Brief\n---\nBody one.\n");
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "title: T\n" + config);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, path))!);
            File.WriteAllText(Path.Combine(site, path), text);
        }

        return site;
    }

    [Fact]
    public void Export_All_WritesEveryBuiltInTemplate_AndTheSiteBuildsTheSame()
    {
        var site = NewSite();
        var before = CliRun.Of("build", site);
        var index = File.ReadAllText(Path.Combine(site, "_site", "index.html"));

        var run = CliRun.Of("templates", "export", site);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.All(SiteTemplates.BuiltInNames, n => Assert.Equal(SiteTemplates.ReadBuiltIn(n), File.ReadAllBytes(Path.Combine(site, "templates", n))));
        Assert.Contains("written   templates/brief.sbn-html\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, before.ExitCode);
        Assert.Equal(0, CliRun.Of("build", site).ExitCode);
        Assert.Equal(index, File.ReadAllText(Path.Combine(site, "_site", "index.html")));
    }

    [Fact]
    public void Export_Named_WritesItWithThePartialsItIncludes_Only()
    {
        var site = NewSite();

        var run = CliRun.Of("templates", "export", site, "404.sbn-html");

        Assert.Equal(0, run.ExitCode);
        var written = Directory.GetFiles(Path.Combine(site, "templates"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(site, "templates"), f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(
            SiteTemplates.WithIncludes(["404.sbn-html"]),
            written);
        Assert.Contains("_layouts/base.sbn-html", written);
        Assert.Contains("_partials/hooks/head-end.sbn-html", written);
        Assert.DoesNotContain("brief.sbn-html", written);
    }

    [Fact]
    public void Export_NeverReplacesAUsersFile_WithoutForce_AndNamesWhatForceReplaced()
    {
        var site = NewSite("", ("templates/_layouts/base.sbn-html", "mine"));

        var refused = CliRun.Of("templates", "export", site, "404.sbn-html");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("templates/_layouts/base.sbn-html: error BG5300:", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site, "templates", "_layouts", "base.sbn-html")));
        Assert.False(File.Exists(Path.Combine(site, "templates", "404.sbn-html")), "nothing is exported when a file is refused");

        var forced = CliRun.Of("templates", "export", site, "404.sbn-html", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("replaced  templates/_layouts/base.sbn-html\n", forced.Stdout, StringComparison.Ordinal);
        Assert.Contains("written   templates/404.sbn-html\n", forced.Stdout, StringComparison.Ordinal);
        Assert.Contains("unchanged", CliRun.Of("templates", "export", site, "404.sbn-html").Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_partials")]
    [InlineData("_partials/hooks")]
    [InlineData("_partials/hooks/head-end.sbn-html")]
    public void Export_NeverWritesThroughASymbolicLink_AtTheFileOrAFolderOnTheWay(string linked)
    {
        var site = NewSite();
        var elsewhere = TestSite.TempDir();
        var link = Path.Combine([site, "templates", .. linked.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        if (linked.EndsWith(".sbn-html", StringComparison.Ordinal))
        {
            File.CreateSymbolicLink(link, Path.Combine(elsewhere, "target.sbn-html"));
        }
        else
        {
            Directory.CreateSymbolicLink(link, elsewhere);
        }

        var run = CliRun.Of("templates", "export", site, "--force");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"templates/{linked}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("is a symbolic link", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("exception", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
        Assert.False(File.Exists(Path.Combine(site, "templates", "brief.sbn-html")), "nothing is exported when a file is refused");
    }

    [Fact]
    public void Export_UnknownName_IsAnError_AndWritesNothing()
    {
        var site = NewSite();

        var run = CliRun.Of("templates", "export", site, "breif.sbn-html");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG5301: 'breif.sbn-html' is not a built-in template", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site, "templates")));
    }

    [Fact]
    public void List_ShowsEachNameAndItsOrigin()
    {
        var site = NewSite("theme: themes/ink\n", ("themes/ink/brief.sbn-html", "ink"), ("templates/index.sbn-html", "mine"));

        var run = CliRun.Of("templates", "list", site);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SiteTemplates.BuiltInNames.Count, lines.Length);
        Assert.Matches(@"^brief\.sbn-html +theme 'ink' +themes/ink/brief\.sbn-html$", lines.Single(l => l.StartsWith("brief.sbn-html ", StringComparison.Ordinal)));
        Assert.Matches(@"^index\.sbn-html +site +templates/index\.sbn-html$", lines.Single(l => l.StartsWith("index.sbn-html ", StringComparison.Ordinal)));
        Assert.Matches(@"^feed\.sbn-xml +built-in +builtin:templates/feed\.sbn-xml$", lines.Single(l => l.StartsWith("feed.sbn-xml ", StringComparison.Ordinal)));
    }

    [Fact]
    public void List_MissingTheme_IsALocatedError()
    {
        var run = CliRun.Of("templates", "list", NewSite("theme: themes/gone\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("briefgen.yml(2,8): error BG5007: the theme folder 'themes/gone' not found", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildVerbose_SaysWhereEachTemplateCameFrom()
    {
        var site = NewSite("theme: themes/ink\n", ("themes/ink/_partials/hooks/head-end.sbn-html", "<meta name=\"x\">"));

        var run = CliRun.Of("build", site, "-v");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("template: _partials/hooks/head-end.sbn-html from theme 'ink' (themes/ink/_partials/hooks/head-end.sbn-html)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("template: brief.sbn-html from built-in (builtin:templates/brief.sbn-html)\n", run.Stdout, StringComparison.Ordinal);
    }
}
