using BriefGen.Diagnostics;
using Scriban.Parsing;

namespace BriefGen.Rendering.Templates;

/// <summary>A diagnostic at a place in a template: Scriban's 0-based span as the 1-based line and column diagnostics print.</summary>
internal static class LocatedDiagnostic
{
    public static Diagnostic At(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
        => new(descriptor, span.FileName, span.Start.Line + 1, span.Start.Column + 1, args);
}
