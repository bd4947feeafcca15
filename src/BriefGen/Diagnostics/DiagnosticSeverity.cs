namespace BriefGen.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is. An error fails the build; a warning does not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Informational; never fails anything.</summary>
    Info,

    /// <summary>Something was doubtful and left out or decided by a documented rule.</summary>
    Warning,

    /// <summary>The input cannot be used as it is; the build fails.</summary>
    Error,
}
