namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG53xx: `briefgen templates export`, which copies built-in templates into the site's templates folder.

    /// <summary>BG5300: a file of the site's differs from the built-in template it would be replaced by, and <c>--force</c> was not given.</summary>
    public static readonly DiagnosticDescriptor TemplateExportWouldReplace = new(
        "BG5300", "Template not replaced", "this file differs from the built-in '{0}', so nothing was exported; use --force to replace it", DiagnosticSeverity.Error);

    /// <summary>BG5301: a name given to <c>briefgen templates export</c> is not a built-in template.</summary>
    public static readonly DiagnosticDescriptor UnknownBuiltInTemplate = new(
        "BG5301", "Unknown built-in template", "'{0}' is not a built-in template, so nothing was exported; 'briefgen templates list' shows every name", DiagnosticSeverity.Error);

    /// <summary>BG5302: an exported template could not be written (a symbolic link in the way, permissions, a full disk).</summary>
    public static readonly DiagnosticDescriptor TemplateExportFailed = new(
        "BG5302", "Template not exported", "could not write this file: {0}", DiagnosticSeverity.Error);
}
