using System.Text;
using BriefGen.Cli;
using BriefGen.Cli.Terminal;

namespace BriefGen.Tests.Cli;

/// <summary>Runs the briefgen command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public static CliRun Of(params string[] args) => On(TerminalCapabilities.Redirected, args);

    /// <summary>Runs with streams that claim the capabilities <paramref name="terminal"/> (a fake terminal).</summary>
    public static CliRun On(TerminalCapabilities terminal, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(stdout, stderr, terminal));
        return new CliRun(code, stdout.ToArray(), stderr.ToString());
    }
}
