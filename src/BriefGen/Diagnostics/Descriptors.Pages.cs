namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG14xx: reading standalone pages (pages/**/*.md). BG21xx: placing them and the menus.

    /// <summary>BG1401: <c>pages/index.md</c> would replace the home page, which is the list of briefs.</summary>
    public static readonly DiagnosticDescriptor PageIsHome = new(
        "BG1401", "A page cannot be the home page", "'{0}' would be the home page, which is the list of briefs; give the page another name, such as pages/about.md", DiagnosticSeverity.Error);

    /// <summary>BG1402: a page's path or permalink cannot be a URL of the site.</summary>
    public static readonly DiagnosticDescriptor PagePathInvalid = new(
        "BG1402", "Page path is not a site path", "the page path '{0}' cannot be a URL of the site: use letters, digits, '-' and '_' in each name, separated by '/'", DiagnosticSeverity.Error);

    /// <summary>BG2101: a page would be written where another page of the site is.</summary>
    public static readonly DiagnosticDescriptor PageUrlTaken = new(
        "BG2101", "Page URL taken", "the page's URL '{0}' is also the URL of {1}", DiagnosticSeverity.Error);

    /// <summary>BG2102: a menu entry of <c>briefgen.yml</c> names a page that <c>pages/</c> does not hold.</summary>
    public static readonly DiagnosticDescriptor MenuPageUnknown = new(
        "BG2102", "Menu names an unknown page", "the menu entry '{0}' names the page '{1}', but there is no published pages/{1}.md{2}", DiagnosticSeverity.Error);

    /// <summary>BG2103: a menu entry of <c>briefgen.yml</c> names a taxonomy that has no pages.</summary>
    public static readonly DiagnosticDescriptor MenuTaxonomyUnknown = new(
        "BG2103", "Menu names a taxonomy without pages", "the menu entry '{0}' names the taxonomy '{1}', which has no pages (the site's taxonomies: {2})", DiagnosticSeverity.Error);
}
