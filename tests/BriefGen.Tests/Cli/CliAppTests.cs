namespace BriefGen.Tests.Cli;

public sealed class CliAppTests
{
    [Fact]
    public void Run_NoCommand_UsageErrorExitTwo()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("briefgen: error: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ModelHelp_NamesTheCommandBriefgen()
    {
        var run = CliRun.Of("model", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("briefgen model <SEED>...", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BuildWithTimings_PrintsSummaryThenStages()
    {
        var output = System.IO.Path.Combine(BriefGen.Tests.Infrastructure.TestSite.TempDir(), "_site");

        var run = CliRun.Of("build", BriefGen.Tests.Infrastructure.TestSite.Fixture("demo"), "-o", output, "--timings");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("BriefGen: ", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^stages: read \d+ ms \d+ MiB \(GC \d+ ms\)  assemble .* render\+write .* commit .* state \d+ ms", lines[1]);
    }
}
