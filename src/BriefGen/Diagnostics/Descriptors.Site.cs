namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG2xxx: assembling the site from the briefs (slugs, collisions, ordering).

    /// <summary>BG2001: two briefs would share one slug, so one page would overwrite the other.</summary>
    public static readonly DiagnosticDescriptor DuplicateSlug = new(
        "BG2001", "Duplicate slug", "the slug '{0}' is also the slug of {1}", DiagnosticSeverity.Error);

    /// <summary>BG2002: the title folds to an empty slug, so the file stem is used.</summary>
    public static readonly DiagnosticDescriptor EmptySlug = new(
        "BG2002", "Title gives no slug", "the title '{0}' has no Latin letters or digits for a slug; using '{1}' from the file name", DiagnosticSeverity.Warning);

    /// <summary>BG2003: a topic, author, program or kind name folds to an empty slug, so it gets no page.</summary>
    public static readonly DiagnosticDescriptor EmptyTermSlug = new(
        "BG2003", "Name gives no slug", "the {0} name '{1}' has no Latin letters or digits for a page URL; it is shown without a link", DiagnosticSeverity.Warning);

    /// <summary>BG2004: no seed gave a usable brief; the message names seed-looking files outside the seeds folder.</summary>
    public static readonly DiagnosticDescriptor NoBriefs = new(
        "BG2004", "No briefs", "no briefs found under '{0}'; the site has only its index pages{1}", DiagnosticSeverity.Warning);
}
