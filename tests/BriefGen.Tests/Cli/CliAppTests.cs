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
}
