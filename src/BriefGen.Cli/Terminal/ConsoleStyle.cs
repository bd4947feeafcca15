using BriefGen.Diagnostics;

namespace BriefGen.Cli.Terminal;

/// <summary>
/// Colours for one stream: the severity word of a diagnostic (error red, warning yellow), its code dim, a success
/// green. Without colours every method returns its text unchanged, so plain output is byte for byte what it was.
/// </summary>
internal sealed class ConsoleStyle(bool coloured)
{
    private const string Red = "31";
    private const string Yellow = "33";
    private const string Green = "32";
    private const string Faint = "2";

    /// <summary>Text as it is.</summary>
    public static ConsoleStyle Plain { get; } = new(coloured: false);

    /// <summary>A diagnostic in MSBuild form (<see cref="DiagnosticFormatter"/>), its severity word and code coloured.</summary>
    public string Diagnostic(Diagnostic diagnostic)
    {
        var line = DiagnosticFormatter.Format(diagnostic);
        if (!coloured)
        {
            return line;
        }

        // The formatter ends every line with "<severity> <code>: <message>"; what comes before is the location.
        var word = DiagnosticFormatter.SeverityWord(diagnostic.Severity);
        var location = line[..^$"{word} {diagnostic.Id}: {diagnostic.Message}".Length];
        return $"{location}{Severity(diagnostic.Severity, word)} {Paint(Faint, diagnostic.Id)}: {diagnostic.Message}";
    }

    /// <summary>A line that says the work succeeded.</summary>
    public string Success(string text) => Paint(Green, text);

    private string Severity(DiagnosticSeverity severity, string word) => severity switch
    {
        DiagnosticSeverity.Error => Paint(Red, word),
        DiagnosticSeverity.Warning => Paint(Yellow, word),
        _ => word,
    };

    private string Paint(string sgr, string text) => coloured ? $"\e[{sgr}m{text}\e[0m" : text;
}
