using System.Text.RegularExpressions;
using BriefGen.Cli.NewSite;
using BriefGen.Diagnostics;
using BriefGen.Site;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary><c>briefgen new</c>: the site it writes builds as it is, and it never replaces what a folder already holds.</summary>
public sealed partial class NewCommandTests
{
    private static readonly string TemplateContent = RepoPaths.InRepo("src", "BriefGen.Templates", "content", "briefgen-site");
    private static readonly string ToolSiteContent = RepoPaths.InRepo("src", "BriefGen.Templates", "tool-site");

    [Fact]
    public void New_EmptyFolder_WritesASiteThatBuildsWithOnlyTheNoBaseUrlWarning()
    {
        var site = Path.Combine(TestSite.TempDir(), "MySite");

        var created = CliRun.Of("new", site);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal("", created.Stderr);
        Assert.Contains("  cd " + site + "\n  briefgen serve\n", created.Stdout, StringComparison.Ordinal);
        var build = CliRun.Of("build", site);
        Assert.Equal(0, build.ExitCode);
        Assert.Equal([Descriptors.NoBaseUrl.Id], DiagnosticCodes(build.Stderr));
        Assert.True(File.Exists(Path.Combine(site, "_site", "index.html")), build.Stdout);
        Assert.True(File.Exists(Path.Combine(site, "_site", "favicon.svg")), "the favicon is not at the site's root");
        Assert.Contains("<link rel=\"icon\" href=\"./favicon.svg\">", File.ReadAllText(Path.Combine(site, "_site", "index.html")), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"../../favicon.svg\">", File.ReadAllText(Directory.GetFiles(Path.Combine(site, "_site", "briefs"), "index.html", SearchOption.AllDirectories)[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void New_WritesTheTemplatePackagesFiles_WithTheToolInPlaceOfTheProject()
    {
        var site = TestSite.TempDir();

        Assert.Equal(0, CliRun.Of("new", site).ExitCode);

        // One source: the template's content, less what only `dotnet build` needs, plus the tool's counterparts.
        var expected = Files(TemplateContent)
            .Where(f => !f.StartsWith(".template.config/", StringComparison.Ordinal) && !f.StartsWith(".github/", StringComparison.Ordinal) && !f.EndsWith(".csproj", StringComparison.Ordinal))
            .Select(f => (Path: f, Source: Path.Combine(TemplateContent, f)))
            .Concat(Files(ToolSiteContent).Select(f => (Path: f, Source: Path.Combine(ToolSiteContent, f))))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected.Select(f => f.Path), Files(site));
        Assert.All(expected, f => Assert.Equal(
            File.ReadAllText(f.Source).Replace(NewSiteFiles.VersionToken, NewSiteFiles.GeneratorVersion, StringComparison.Ordinal),
            File.ReadAllText(Path.Combine(site, f.Path))));
    }

    [Fact]
    public void New_PinsTheToolAtItsOwnVersion()
    {
        var site = TestSite.TempDir();

        Assert.Equal(0, CliRun.Of("new", site).ExitCode);

        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", NewSiteFiles.GeneratorVersion);
        Assert.Contains($"\"version\": \"{NewSiteFiles.GeneratorVersion}\"", File.ReadAllText(Path.Combine(site, ".config", "dotnet-tools.json")), StringComparison.Ordinal);
        Assert.DoesNotContain(Files(site), f => File.ReadAllText(Path.Combine(site, f)).Contains(NewSiteFiles.VersionToken, StringComparison.Ordinal));
        var workflow = File.ReadAllText(Path.Combine(site, ".github", "workflows", "pages.yml"));
        Assert.Contains("run: dotnet tool restore", workflow, StringComparison.Ordinal);
        Assert.Contains("run: dotnet briefgen build --base-url ${{ steps.pages.outputs.base_url }}/", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void New_Seeds_AreOneMarkdownBriefWithATitleLineAndOnePageDump()
    {
        var site = TestSite.TempDir();

        Assert.Equal(0, CliRun.Of("new", site).ExitCode);

        var seeds = Files(Path.Combine(site, "seeds"));
        Assert.Equal([".md", ".txt"], seeds.Select(Path.GetExtension).Order(StringComparer.Ordinal));
        var markdown = File.ReadAllText(Path.Combine(site, "seeds", seeds.Single(s => s.EndsWith(".md", StringComparison.Ordinal))));
        Assert.Matches(FrontMatterWithTitleLine(), markdown);
    }

    [Fact]
    public void New_BriefgenYml_ExplainsEveryKeyInOrder_OnlyTheFaviconSet()
    {
        var site = TestSite.TempDir();
        Assert.Equal(0, CliRun.Of("new", site).ExitCode);
        var yaml = File.ReadAllText(Path.Combine(site, "briefgen.yml"));

        var asWritten = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(yaml, "briefgen.yml", asWritten);
        Assert.Null(config.BaseUrl);
        Assert.Equal("favicon.svg", config.Favicon);
        Assert.True(File.Exists(Path.Combine(site, "static", config.Favicon!)));
        Assert.Empty(asWritten.ToImmutable());

        Assert.Equal(SiteConfigLoader.Keys, Setting().Matches(yaml).Select(m => m.Groups[1].Value));
        Assert.Equal(["favicon"], Setting().Matches(yaml).Where(m => !m.Value.StartsWith('#')).Select(m => m.Groups[1].Value));
        var lines = yaml.Split('\n');
        Assert.All(
            Enumerable.Range(0, lines.Length).Where(i => Setting().IsMatch(lines[i])),
            i => Assert.True(lines[i - 1].StartsWith("# ", StringComparison.Ordinal) && !Setting().IsMatch(lines[i - 1]), $"no explanation above '{lines[i]}'"));
        var uncommented = new DiagnosticBag();
        SiteConfigLoader.Parse(Setting().Replace(yaml, "$1: "), "briefgen.yml", uncommented);
        Assert.Empty(uncommented.ToImmutable());
    }

    [Fact]
    public void New_FolderNotEmpty_RefusedWithoutForce_NothingWritten()
    {
        var site = TestSite.TempDir();
        File.WriteAllText(Path.Combine(site, "notes.txt"), "mine\n");

        var run = CliRun.Of("new", site);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{site}: error {Descriptors.NewSiteFolderNotEmpty.Id}: {Descriptors.NewSiteFolderNotEmpty.MessageFormat}\n", run.Stderr);
        Assert.Contains("--force", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Files(site));
    }

    [Fact]
    public void New_Force_AddsTheMissingFiles_KeepsEveryExistingOne()
    {
        var site = TestSite.TempDir();
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "title: My Own Site\n");
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.WriteAllText(Path.Combine(site, "seeds", "heat-wave-grid.md"), "---\ntitle: Mine\n---\n");

        var run = CliRun.Of("new", site, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("title: My Own Site\n", File.ReadAllText(Path.Combine(site, "briefgen.yml")));
        Assert.Equal("---\ntitle: Mine\n---\n", File.ReadAllText(Path.Combine(site, "seeds", "heat-wave-grid.md")));
        Assert.Equal(
            [$"{site}/briefgen.yml: warning BG5201: not written: it already exists, and briefgen new never replaces a file",
             $"{site}/seeds/heat-wave-grid.md: warning BG5201: not written: it already exists, and briefgen new never replaces a file"],
            run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("  briefgen.yml\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  seeds/river-basin-water.txt\n", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "static", "favicon.svg")));
    }

    [Fact]
    public void New_Force_WritesNothingThroughASymbolicLinkInTheFolder()
    {
        var site = TestSite.TempDir();
        var elsewhere = TestSite.TempDir();
        Directory.CreateSymbolicLink(Path.Combine(site, "seeds"), elsewhere);

        var run = CliRun.Of("new", site, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
        Assert.Contains($"{site}/seeds/river-basin-water.txt: warning BG5201: not written: 'seeds' is a symbolic link", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "briefgen.yml")));
    }

    [Fact]
    public void New_Force_KeepsAFileThatStandsWhereAFolderWouldGo()
    {
        var site = TestSite.TempDir();
        File.WriteAllText(Path.Combine(site, "static"), "mine\n");

        var run = CliRun.Of("new", site, "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{site}/static/favicon.svg: warning BG5201: not written: the file 'static' is where a folder would go\n", run.Stderr);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(site, "static")));
    }

    [Fact]
    public void New_SiteDirIsAFile_FailsWithoutTouchingIt()
    {
        var file = Path.Combine(TestSite.TempDir(), "site");
        File.WriteAllText(file, "mine\n");

        var run = CliRun.Of("new", file, "--force");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}: error BG5202: could not write the new site: this is a file, not a folder\n", run.Stderr);
        Assert.Equal("mine\n", File.ReadAllText(file));
    }

    private static List<string> DiagnosticCodes(string stderr)
        => [.. DiagnosticCode().Matches(stderr).Select(m => m.Groups[1].Value)];

    private static List<string> Files(string dir)
        => [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b(?:warning|error|info) (BG\d{4}):")]
    private static partial Regex DiagnosticCode();

    [GeneratedRegex(@"\A---\n(?:.*\n)*?title: [^\n]+\n(?:.*\n)*?---\n")]
    private static partial Regex FrontMatterWithTitleLine();

    /// <summary>A setting's line, set or commented out (<c># key: value</c>).</summary>
    [GeneratedRegex(@"^(?:# )?([a-zA-Z]+): ", RegexOptions.Multiline)]
    private static partial Regex Setting();
}
