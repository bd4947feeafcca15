using System.Globalization;

namespace BriefGen.Diagnostics;

/// <summary>
/// One problem found while building a site: a code, a severity, where it is (file, 1-based line and column;
/// 0 when unknown) and a message. Immutable; formatted once, at the edge, by <see cref="DiagnosticFormatter"/>.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic from its descriptor and message arguments.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, string? path, int line, int column, params object?[] args)
    {
        Descriptor = descriptor;
        Path = path;
        Line = line;
        Column = column;
        Severity = descriptor.DefaultSeverity;
        Message = args.Length == 0
            ? descriptor.MessageFormat
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
    }

    /// <summary>The catalog entry this diagnostic was reported from.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The code, e.g. <c>BG1003</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity in force (the descriptor's default unless overridden by configuration).</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>The file the problem is in, as the caller named it; null when it concerns no file.</summary>
    public string? Path { get; init; }

    /// <summary>1-based line; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The formatted message.</summary>
    public string Message { get; }

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public override string ToString() => DiagnosticFormatter.Format(this);
}
