namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG52xx: `briefgen new`, which writes a new site into a folder.

    /// <summary>BG5200: <c>briefgen new</c> was pointed at a folder that already holds files, without <c>--force</c>.</summary>
    public static readonly DiagnosticDescriptor NewSiteFolderNotEmpty = new(
        "BG5200", "Folder not empty", "the folder is not empty, so no new site was written; use --force to add the new site's files beside what is there (existing files are kept, never replaced)", DiagnosticSeverity.Error);

    /// <summary>BG5201: with <c>--force</c>, a file of the new site was not written, because something the user owns is in its way.</summary>
    public static readonly DiagnosticDescriptor NewSiteFileKept = new(
        "BG5201", "Existing file kept", "not written: {0}", DiagnosticSeverity.Warning);

    /// <summary>BG5202: a file of the new site could not be written (permissions, a full disk, or SITE_DIR is a file).</summary>
    public static readonly DiagnosticDescriptor NewSiteWriteFailed = new(
        "BG5202", "New site not written", "could not write the new site: {0}", DiagnosticSeverity.Error);
}
