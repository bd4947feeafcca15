namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG5000–BG5099: briefgen.yml and build options.

    /// <summary>BG5001: a key of briefgen.yml is not a known setting.</summary>
    public static readonly DiagnosticDescriptor UnknownConfigKey = new(
        "BG5001", "Unknown setting", "unknown setting '{0}' is ignored{1}", DiagnosticSeverity.Warning);

    /// <summary>BG5002: a setting has the wrong type.</summary>
    public static readonly DiagnosticDescriptor ConfigWrongType = new(
        "BG5002", "Setting of the wrong type", "setting '{0}' must be {1}", DiagnosticSeverity.Error);

    /// <summary>BG5003: briefgen.yml is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor ConfigSyntax = new(
        "BG5003", "Configuration is not valid YAML", "{0}", DiagnosticSeverity.Error);

    /// <summary>BG5004: baseUrl (or the option that overrides it, named in the message) is not an absolute http(s) URL.</summary>
    public static readonly DiagnosticDescriptor InvalidBaseUrl = new(
        "BG5004", "Invalid base URL", "{0} '{1}' must be an absolute http or https URL", DiagnosticSeverity.Error);

    /// <summary>BG5005: no baseUrl, so canonical links, the feed and the sitemap are left out.</summary>
    public static readonly DiagnosticDescriptor NoBaseUrl = new(
        "BG5005", "No base URL", "no baseUrl is set: canonical links, Open Graph URLs, feed.xml and sitemap.xml are left out", DiagnosticSeverity.Warning);

    /// <summary>BG5006: the permalink pattern is not safe.</summary>
    public static readonly DiagnosticDescriptor InvalidPermalink = new(
        "BG5006", "Invalid permalink", "permalink '{0}' must hold {{slug}} once and otherwise only lower-case letters, digits, '-', '_' and '/' (ending in '/' or '.html')", DiagnosticSeverity.Error);

    /// <summary>BG5007: a file or folder named by the options does not exist.</summary>
    public static readonly DiagnosticDescriptor PathNotFound = new(
        "BG5007", "Not found", "{0} not found", DiagnosticSeverity.Error);

    /// <summary>BG5008: a setting is out of its range.</summary>
    public static readonly DiagnosticDescriptor ConfigOutOfRange = new(
        "BG5008", "Setting out of range", "setting '{0}' must be {1}", DiagnosticSeverity.Error);

    /// <summary>BG5009: briefgen.yml could not be read (too large, or an I/O error).</summary>
    public static readonly DiagnosticDescriptor ConfigUnreadable = new(
        "BG5009", "Configuration not readable", "could not read the configuration: {0}", DiagnosticSeverity.Error);

    /// <summary>BG5010: <c>markdown.extensions</c> names an extension BriefGen does not offer; it is ignored.</summary>
    public static readonly DiagnosticDescriptor UnknownMarkdownExtension = new(
        "BG5010", "Unknown Markdown extension", "unknown Markdown extension '{0}' is ignored (BriefGen offers {1}){2}", DiagnosticSeverity.Warning);
}
