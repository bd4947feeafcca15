using BriefGen.Diagnostics;
using BriefGen.Tests.Cli;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Diagnostics;

/// <summary>A warning the policy turns fails the build before the commit: the output folder stays byte for byte as it was.</summary>
public sealed class WarningsAsErrorsTests
{
    private const string NotIsoDate = "BG1208";

    [Fact]
    public void Policy_AllOnlyAllExceptNone()
    {
        Assert.True(WarningsAsErrorsPolicy.All.Turns("BG1208"));
        Assert.False(WarningsAsErrorsPolicy.None.Turns("BG1208"));
        Assert.True(WarningsAsErrorsPolicy.Only([" bg1208 ", ""]).Turns("BG1208"));
        Assert.False(WarningsAsErrorsPolicy.Only(["BG1208"]).Turns("BG5005"));
        Assert.False(WarningsAsErrorsPolicy.AllExcept(["BG1208"]).Turns("BG1208"));
        Assert.True(WarningsAsErrorsPolicy.AllExcept(["BG1208"]).Turns("BG5005"));
    }

    [Fact]
    public void Build_TurnedWarning_IsAnErrorAtTheSamePlace_OutputUnchanged()
    {
        var (site, output) = SiteWithADateWarning();
        var first = new BriefGenerator().Build(Options(site, output, WarningsAsErrorsPolicy.None));
        var warning = Assert.Single(first.Diagnostics, d => d.Id == NotIsoDate);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        File.WriteAllText(Path.Combine(site, "seeds", "b.md"), "---\ntitle: B\ndate: 2025-06-02\n---\n\nMore text.\n");
        var before = TreeHash.Of(output);

        var failed = new BriefGenerator().Build(Options(site, output, WarningsAsErrorsPolicy.Only([NotIsoDate])));

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics, d => d.Id == NotIsoDate);
        Assert.Equal((DiagnosticSeverity.Error, warning.Path, warning.Line, warning.Column, warning.Message), (error.Severity, error.Path, error.Line, error.Column, error.Message));
        Assert.Empty(failed.Files);
        Assert.Equal(before, TreeHash.Of(output));

        var kept = new BriefGenerator().Build(Options(site, output, WarningsAsErrorsPolicy.AllExcept([NotIsoDate])));
        Assert.True(kept.Succeeded, string.Join('\n', kept.Diagnostics));
    }

    [Fact]
    public void Cli_WarningsAsErrors_ExitOneAndNothingWritten()
    {
        var (site, output) = SiteWithADateWarning();

        var run = CliRun.Of("build", site, "-o", output, "--warnings-as-errors");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error {NotIsoDate}: ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "the failed build wrote " + output);
        Assert.Equal(0, CliRun.Of("build", site, "-o", output).ExitCode);
    }

    private static (string Site, string Output) SiteWithADateWarning()
    {
        var root = TestSite.TempDir();
        var site = Path.Combine(root, "site");
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "baseUrl: https://example.org/\n");
        File.WriteAllText(Path.Combine(site, "seeds", "a.md"), "---\ntitle: A\ndate: June 2, 2025\n---\n\nBody text.\n");
        return (site, Path.Combine(root, "out"));
    }

    private static SiteBuildOptions Options(string site, string output, WarningsAsErrorsPolicy policy)
        => new() { SiteDir = site, OutputDir = output, WarningsAsErrors = policy };
}
