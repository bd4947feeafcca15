using System.Text.RegularExpressions;

namespace BriefGen.FaultTests.Infrastructure;

/// <summary>One run of the CLI: exit code and output, with the contract's reading of them.</summary>
internal sealed partial class CliRun(ProcessResult result)
{
    public int ExitCode => result.ExitCode;

    public IReadOnlyList<string> Lines => result.Lines;

    /// <summary>SIGKILL ended the run (a timed kill, or strace's injected signal).</summary>
    public bool Killed => result.Killed;

    /// <summary>The lines reporting an error diagnostic: <c>FILE(L,C): error BGnnnn</c> or <c>NAME: error BGnnnn</c>.</summary>
    public IEnumerable<string> ErrorLines => Lines.Where(l => ErrorLine().IsMatch(l));

    /// <summary>The lines of warning diagnostics.</summary>
    public IEnumerable<string> WarningLines => Lines.Where(l => l.Contains(": warning BG", StringComparison.Ordinal));

    /// <summary>The lines that show a crash rather than a diagnosis: BG9001, an exception's name, a stack frame.</summary>
    public IEnumerable<string> CrashLines => Lines.Where(l => l.Contains("BG9001", StringComparison.Ordinal)
        || l.Contains("Exception", StringComparison.Ordinal) || l.StartsWith("   at ", StringComparison.Ordinal));

    /// <summary>The error lines whose code matches <paramref name="codePattern"/> (a regex such as <c>BG4\d{3}</c>).</summary>
    public IEnumerable<string> ErrorsWithCode(string codePattern)
        => ErrorLines.Where(l => Regex.IsMatch(l, @": error " + codePattern + @"\b"));

    public override string ToString() => result.ToString();

    [GeneratedRegex(@"^(.+\(\d+,\d+\)|[^:]+): error BG\d{4}")]
    private static partial Regex ErrorLine();
}
