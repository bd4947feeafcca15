using System.Text;
using BriefGen.Cli;

namespace BriefGen.Tests.Cli;

/// <summary>Runs the briefgen command line in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public static CliRun Of(params string[] args) => WithEnvironment(new Dictionary<string, string>(), args);

    /// <summary>Runs with these environment variables and no others (the real process's are never read).</summary>
    public static CliRun WithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliConsole(stdout, stderr) { Environment = name => environment.GetValueOrDefault(name) });
        return new CliRun(code, stdout.ToArray(), stderr.ToString());
    }
}
