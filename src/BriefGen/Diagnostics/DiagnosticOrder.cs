using System.Collections.Immutable;

namespace BriefGen.Diagnostics;

/// <summary>The one deterministic order of diagnostics: path (ordinal), line, column, code, message.</summary>
public static class DiagnosticOrder
{
    /// <summary>Returns the diagnostics sorted; a stable sort, so equal keys keep their order.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
        => [.. diagnostics
            .OrderBy(d => d.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
