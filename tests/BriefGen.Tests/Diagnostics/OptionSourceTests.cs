using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Diagnostics;

/// <summary>A bad option value is reported where the option was given and under the name the user wrote.</summary>
public sealed class OptionSourceTests
{
    private static readonly OptionSource Project = new()
    {
        File = Path.Combine(TestSite.Demo, "Site.csproj"),
        Names = new Dictionary<string, string> { [nameof(SiteBuildOptions.BaseUrl)] = "BriefGenBaseUrl", [nameof(SiteBuildOptions.ConfigFile)] = "BriefGenConfigFile" },
    };

    [Fact]
    public void BadBaseUrlOption_AtTheSourceFile_NamingTheOption()
    {
        var (result, _) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, BaseUrl = "example.org", Source = Project });

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG5004");
        Assert.Equal(("Site.csproj", "BriefGenBaseUrl 'example.org' must be an absolute http or https URL"), (error.Path, error.Message));
    }

    [Fact]
    public void BadBaseUrlInTheConfig_StaysAtTheConfig()
    {
        var root = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        File.WriteAllText(Path.Combine(root, "briefgen.yml"), "baseUrl: example.org\n");

        var (result, _) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = root, Source = Project });

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG5004");
        Assert.Equal(("briefgen.yml", "baseUrl 'example.org' must be an absolute http or https URL"), (error.Path, error.Message));
    }

    [Fact]
    public void MissingConfigFileOption_AtTheSourceFile_NotAtTheMissingFile()
    {
        var (result, _) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, ConfigFile = Path.Combine(TestSite.Demo, "missing.yml"), Source = Project });

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG5007");
        Assert.Equal(("Site.csproj", "the configuration file 'missing.yml' given by BriefGenConfigFile not found"), (error.Path, error.Message));
    }

    [Fact]
    public void CommandLine_BadBaseUrl_NamesTheFlag_NoFile()
    {
        var run = BriefGen.Tests.Cli.CliRun.Of("build", TestSite.Demo, "-o", Path.Combine(TestSite.TempDir(), "_site"), "--base-url", "example.org");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("briefgen: error BG5004: --base-url 'example.org' must be an absolute http or https URL", run.Stderr, StringComparison.Ordinal);
    }
}
