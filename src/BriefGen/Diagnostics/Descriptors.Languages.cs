namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG6500–BG6599: languages: the strings tables of the default templates (_strings/*.yml) and `strings:` in briefgen.yml.

    /// <summary>BG6501: a strings table (<c>_strings/{language}.yml</c>) is not valid YAML or not a mapping of keys to texts.</summary>
    public static readonly DiagnosticDescriptor StringsTableInvalid = new(
        "BG6501", "Strings table not valid", "the strings table is not used: {0}", DiagnosticSeverity.Error);

    /// <summary>BG6502: a key of <c>strings:</c> or of a site's strings table is not a key of the English table.</summary>
    public static readonly DiagnosticDescriptor UnknownStringKey = new(
        "BG6502", "Unknown string", "unknown string '{0}' is ignored: the English table has no such key{1}", DiagnosticSeverity.Warning);

    /// <summary>BG6503: no strings table for the site's language (nor the language it belongs to), so the default templates show English words.</summary>
    public static readonly DiagnosticDescriptor NoStringsTable = new(
        "BG6503", "No strings for the language", "there is no strings table for language '{0}': the default templates show their English words and dates; add _strings/{0}.yml to the templates folder", DiagnosticSeverity.Warning);

    /// <summary>BG6504: a template asks <c>t</c> for a key the strings table does not have.</summary>
    public static readonly DiagnosticDescriptor TemplateUnknownString = new(
        "BG6504", "Unknown string in a template", "unknown string '{0}' is printed as its key{1}", DiagnosticSeverity.Warning);
}
