using System.Text.RegularExpressions;
using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>
/// <c>dotnet new briefgen-site</c> from the run's packed template package: the site it writes builds with no edits,
/// and the build steps of its GitHub Pages workflow work from a fresh clone with an empty package cache.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed partial class TemplateSiteTests(PackedFeed feed) : IDisposable
{
    // What actions/configure-pages gives as base_url for a project site (no final slash).
    private const string PagesBaseUrl = "https://example.github.io/my-site";

    [Fact]
    public void DotnetNew_Site_BuildsWithNoEdits_WarningOnlyThatItHasNoBaseUrl()
    {
        var site = TemplateSite.Create(feed);

        var project = File.ReadAllText(Path.Combine(site.Dir, "MySite.csproj"));
        Assert.Contains($"<PackageReference Include=\"BriefGen.MSBuild\" Version=\"{feed.Version}\"", project, StringComparison.Ordinal);
        var build = site.Run(site.Dir, feed.PackagesDir, "build", "-nodeReuse:false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(site.Dir, "_site", "index.html")), build.ToString());
        Assert.Equal(["BG5005"], WarningCodes(build));
    }

    [Fact]
    public void DotnetNew_WorkflowBuildSteps_FromAFreshCloneWithAnEmptyPackageCache_BuildTheSiteAtItsPagesUrl()
    {
        var site = TemplateSite.Create(feed);
        Git.Run(site.Dir, "init", "-q");
        Git.Run(site.Dir, "add", "-A");
        Git.Run(site.Dir, "commit", "-q", "-m", "A new site");
        var clone = Path.Combine(site.Root, "clone");
        Git.Run(site.Root, "clone", "-q", site.Dir, clone);
        var emptyCache = Directory.CreateDirectory(Path.Combine(site.Root, "empty-packages")).FullName;

        var steps = RunSteps().Matches(File.ReadAllText(Path.Combine(clone, ".github", "workflows", "pages.yml"))).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(steps);
        DotNetResult? last = null;
        foreach (var step in steps)
        {
            var args = step.Replace("${{ steps.pages.outputs.base_url }}", PagesBaseUrl, StringComparison.Ordinal).Split(' ');
            Assert.Equal("dotnet", args[0]);
            last = site.Run(clone, emptyCache, args[1..]);
            Assert.True(last.ExitCode == 0, last.ToString());
        }

        Assert.Empty(WarningCodes(last!));
        var index = File.ReadAllText(Path.Combine(clone, "_site", "index.html"));
        Assert.Contains($"<link rel=\"canonical\" href=\"{PagesBaseUrl}/\">", index, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(clone, "_site", "feed.xml")), "no feed.xml: the base URL did not reach the build");
        Assert.True(Directory.Exists(Path.Combine(emptyCache, "briefgen.msbuild", feed.Version)), "BriefGen.MSBuild was not restored into the empty cache");
    }

    public void Dispose()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            feed.KeepForInspection = true;
        }
    }

    private static List<string> WarningCodes(DotNetResult result)
        => [.. WarningCode().Matches(result.Output).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@": warning ([A-Z]+\d+):")]
    private static partial Regex WarningCode();

    // A one-line step of the workflow: "      - run: dotnet build …".
    [GeneratedRegex(@"^\s*- run: (.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex RunSteps();
}
