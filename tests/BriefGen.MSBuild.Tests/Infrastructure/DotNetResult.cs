namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> process: exit code and the interleaved output.</summary>
public sealed record DotNetResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>Command, exit code and output, for assertion messages.</summary>
    public override string ToString()
        => $"> {CommandLine}\nexit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n{(Output.Length > MaxShown ? "…" + Output[^MaxShown..] : Output)}";

    // Detailed (-v:d) logs run to megabytes; the end of the log is where failures are.
    private const int MaxShown = 20_000;
}
