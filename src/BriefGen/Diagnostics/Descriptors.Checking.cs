namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG60xx: `briefgen check`, which verifies the links of a written site. Each is reported at the seed or template
    // line that wrote the URL when it is found there, naming the page; else at the page's element, naming its seed if known.

    /// <summary>BG6001: a link (<c>a</c>, <c>area</c>) leads to no file of the site, or outside the base URL's path.</summary>
    public static readonly DiagnosticDescriptor BrokenLink = new(
        "BG6001", "Broken link", "broken link '{0}': {1}{2}", DiagnosticSeverity.Error);

    /// <summary>BG6002: a link's <c>#fragment</c> names no element of its target page (no <c>id</c>, no <c>&lt;a name&gt;</c>).</summary>
    public static readonly DiagnosticDescriptor MissingAnchor = new(
        "BG6002", "Missing anchor", "broken link '{0}': {1} has no element with id '{2}'{3}", DiagnosticSeverity.Error);

    /// <summary>BG6003: a stylesheet, icon, image or script reference (<c>link</c>, <c>img</c>, <c>source</c>, <c>script</c>) leads to no file of the site.</summary>
    public static readonly DiagnosticDescriptor BrokenResource = new(
        "BG6003", "Broken stylesheet, image or script", "broken {0} '{1}': {2}{3}", DiagnosticSeverity.Error);

    /// <summary>BG6004: a URL of a page cannot be parsed, so where it leads is unknown.</summary>
    public static readonly DiagnosticDescriptor MalformedUrl = new(
        "BG6004", "Malformed URL", "'{0}' is not a valid URL, so it was not checked{1}", DiagnosticSeverity.Warning);

    /// <summary>BG6005: a page, or part of the site, was not checked because it is past one of the checker's bounds.</summary>
    public static readonly DiagnosticDescriptor NotChecked = new(
        "BG6005", "Not checked", "not checked: {0}", DiagnosticSeverity.Warning);

    // BG61xx: report files written beside the console output.

    /// <summary>BG6101: the SARIF file would be written inside the site's output folder, which BriefGen replaces on every build.</summary>
    public static readonly DiagnosticDescriptor ReportInsideOutput = new(
        "BG6101", "Report inside the output folder", "refusing to write the SARIF file '{0}' inside the output folder '{1}'; choose a path outside it", DiagnosticSeverity.Error);

    /// <summary>BG6102: the SARIF file could not be written.</summary>
    public static readonly DiagnosticDescriptor ReportNotWritten = new(
        "BG6102", "Report not written", "could not write the SARIF file '{0}': {1}", DiagnosticSeverity.Error);
}
