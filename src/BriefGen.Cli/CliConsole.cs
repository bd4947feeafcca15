using System.Text;
using BriefGen.Cli.Terminal;

namespace BriefGen.Cli;

/// <summary>
/// The streams a command writes to. Standard output is a byte stream so JSON goes out as UTF-8 whatever the
/// locale or <see cref="Console.OutputEncoding"/>; text writers use UTF-8 without BOM and <c>\n</c> line ends.
/// Whether they are terminals (progress line, colours) is given, never asked of the process here, so tests can be one.
/// </summary>
internal sealed class CliConsole
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public CliConsole(Stream output, TextWriter error, TerminalCapabilities? terminal = null)
    {
        OutputStream = output;
        Out = new StreamWriter(output, Utf8NoBom, leaveOpen: true) { AutoFlush = true, NewLine = "\n" };
        Error = error;
        Terminal = terminal ?? TerminalCapabilities.Redirected;
        OutputStyle = new ConsoleStyle(Terminal.ColoursOutput);
        ErrorStyle = new ConsoleStyle(Terminal.ColoursError);
    }

    /// <summary>The process's own standard output and error, and its environment.</summary>
    public static CliConsole Standard { get; } = new(
        Console.OpenStandardOutput(),
        new StreamWriter(Console.OpenStandardError(), Utf8NoBom) { AutoFlush = true, NewLine = "\n" },
        TerminalCapabilities.Detect(Console.IsOutputRedirected, Console.IsErrorRedirected, System.Environment.GetEnvironmentVariable))
    {
        Environment = System.Environment.GetEnvironmentVariable,
    };

    /// <summary>Reads an environment variable (<c>GITHUB_ACTIONS</c>…); by default none is set, so tests give their own.</summary>
    public Func<string, string?> Environment { get; init; } = _ => null;

    /// <summary>What the streams can show: a live progress line, colours.</summary>
    public TerminalCapabilities Terminal { get; }

    /// <summary>Colours for standard output (none unless it is a terminal that may show them).</summary>
    public ConsoleStyle OutputStyle { get; }

    /// <summary>Colours for standard error (none unless it is a terminal that may show them).</summary>
    public ConsoleStyle ErrorStyle { get; }

    /// <summary>Standard output as bytes (model JSON).</summary>
    public Stream OutputStream { get; }

    /// <summary>Standard output as text (help).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: diagnostics and usage errors.</summary>
    public TextWriter Error { get; }

    /// <summary>Writes text to standard output as UTF-8 bytes, exactly (no line-end translation).</summary>
    public void WriteOutput(string text)
    {
        Out.Flush();
        var bytes = Utf8NoBom.GetBytes(text);
        OutputStream.Write(bytes, 0, bytes.Length);
        OutputStream.Flush();
    }

    /// <summary>Writes one line to standard error.</summary>
    public void WriteErrorLine(string line)
    {
        Error.Write(line);
        Error.Write('\n');
    }
}
