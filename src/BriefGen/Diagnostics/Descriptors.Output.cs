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

    /// <summary>
    /// BG4010: the output folder is, holds or lies inside the site's own files. A build replaces its output folder whole,
    /// so it would delete them; nothing is built or touched.
    /// </summary>
    public static readonly DiagnosticDescriptor OutputOverlapsSite = new(
        "BG4010", "Output folder overlaps the site", "the output folder {0} {1}; BriefGen replaces its output folder whole, so nothing was built or changed. Choose a folder of its own, such as _site/", DiagnosticSeverity.Error);

    /// <summary>BG4011: the output folder exists, is not empty and was not made by BriefGen; nothing is touched.</summary>
    public static readonly DiagnosticDescriptor OutputNotOwned = new(
        "BG4011", "Output folder holds other files", "the output folder {0} holds files, such as '{1}', and is not a site BriefGen wrote (it has no .briefgen-site file), so nothing was changed. Put files the site should publish (CNAME, .nojekyll…) in static/, choose an empty or new folder, or pass --clean-destination (MSBuild: BriefGenCleanDestination=true) to replace everything it holds", DiagnosticSeverity.Error);

    /// <summary>BG4012: the disk or the user's quota is full.</summary>
    public static readonly DiagnosticDescriptor DiskFull = new(
        "BG4012", "Disk full", "could not write '{0}': {1}; free some space and build again (the site was left as it was)", DiagnosticSeverity.Error);

    /// <summary>BG4013: permission denied, or a read-only file system.</summary>
    public static readonly DiagnosticDescriptor AccessDenied = new(
        "BG4013", "Permission denied", "could not write '{0}': {1}; check the folder's permissions (the site was left as it was)", DiagnosticSeverity.Error);

    /// <summary>BG4014: the process or the system has too many files open.</summary>
    public static readonly DiagnosticDescriptor TooManyOpenFiles = new(
        "BG4014", "Too many open files", "could not open '{0}': {1}; raise the limit (ulimit -n) or build with fewer workers (the site was left as it was)", DiagnosticSeverity.Error);

    /// <summary>BG4015: the new site is published, but tidying after it failed; the next build is a full one.</summary>
    public static readonly DiagnosticDescriptor TidyingFailed = new(
        "BG4015", "Could not tidy up", "the site was published, but '{0}' could not be tidied up: {1}; the next build removes it or builds in full", DiagnosticSeverity.Warning);
}
