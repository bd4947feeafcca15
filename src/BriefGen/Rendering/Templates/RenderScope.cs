using BriefGen.Diagnostics;

namespace BriefGen.Rendering.Templates;

/// <summary>What rendering one file reports besides its bytes: diagnostics, and every template it loaded (for the build state).</summary>
internal sealed class RenderScope
{
    /// <summary>The problems found rendering the file.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The names of the page template and every include it reached, in ordinal order.</summary>
    public SortedSet<string> Templates { get; } = new(StringComparer.Ordinal);
}
