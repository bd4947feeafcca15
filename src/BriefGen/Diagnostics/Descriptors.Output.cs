namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG4xxx: writing the site.

    /// <summary>BG4001: a file name could leave the output folder or is not portable.</summary>
    public static readonly DiagnosticDescriptor UnsafeOutputPath = new(
        "BG4001", "Unsafe output path", "'{0}' cannot be written: the path could leave the output folder", DiagnosticSeverity.Error);

    /// <summary>BG4002: two outputs claim one file.</summary>
    public static readonly DiagnosticDescriptor OutputCollision = new(
        "BG4002", "Two outputs, one file", "'{0}' is produced twice (by {1})", DiagnosticSeverity.Error);

    /// <summary>BG4003: the file system refused a write, copy or the final swap.</summary>
    public static readonly DiagnosticDescriptor WriteFailed = new(
        "BG4003", "Could not write the site", "could not write '{0}': {1}", DiagnosticSeverity.Error);

    /// <summary>BG4004: a symbolic link in the static folder leads outside it and is not copied.</summary>
    public static readonly DiagnosticDescriptor StaticSymlinkOutside = new(
        "BG4004", "Static link leaves the static folder", "symbolic link leads outside the static folder and is not copied", DiagnosticSeverity.Warning);

    /// <summary>BG4005: the incremental build state could not be read; the build starts from scratch.</summary>
    public static readonly DiagnosticDescriptor StateUnreadable = new(
        "BG4005", "Build state unreadable", "the incremental build state '{0}' could not be read ({1}); doing a full build", DiagnosticSeverity.Warning);

    /// <summary>BG4006: the incremental build state could not be saved; the next build is a full build.</summary>
    public static readonly DiagnosticDescriptor StateNotSaved = new(
        "BG4006", "Build state not saved", "the incremental build state '{0}' could not be saved ({1}); the next build will be a full build", DiagnosticSeverity.Warning);

    /// <summary>BG4007: another build of the same output folder held it for too long; this build wrote nothing.</summary>
    public static readonly DiagnosticDescriptor OutputBusy = new(
        "BG4007", "Output folder busy", "another build of '{0}' held it for {1} s; nothing was written", DiagnosticSeverity.Error);
}
