using BriefGen.Diagnostics;

namespace BriefGen.Cli;

/// <summary>Prints diagnostics to standard error, one per line in MSBuild form, in the one deterministic order (coloured on a terminal).</summary>
internal static class ConsoleDiagnosticWriter
{
    /// <summary>Writes every diagnostic, sorted by <see cref="DiagnosticOrder"/>.</summary>
    public static void Write(CliConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in DiagnosticOrder.Sort(diagnostics))
        {
            console.WriteErrorLine(console.ErrorStyle.Diagnostic(diagnostic));
        }
    }
}
