using System.Text;
using BriefGen.Cli;
using BriefGen.Cli.Terminal;

namespace BriefGen.Tests.Cli;

/// <summary>Runs the briefgen command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public static CliRun Of(params string[] args) => On(TerminalCapabilities.Redirected, new Dictionary<string, string>(), args);

    /// <summary>Runs with these environment variables and no others (the real process's are never read).</summary>
    public static CliRun WithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
        => On(TerminalCapabilities.Redirected, environment, args);

    /// <summary>Runs with streams that claim the capabilities <paramref name="terminal"/> (a fake terminal).</summary>
    public static CliRun On(TerminalCapabilities terminal, params string[] args) => On(terminal, new Dictionary<string, string>(), args);

    private static CliRun On(TerminalCapabilities terminal, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(stdout, stderr, terminal) { Environment = name => environment.GetValueOrDefault(name) });
        return new CliRun(code, stdout.ToArray(), stderr.ToString());
    }
}
