namespace BriefGen.Model;

/// <summary>
/// A page of the site that is not a brief: a Markdown file under <c>pages/</c> (an About page, a contact page),
/// rendered through <c>page.sbn-html</c>. Lists never show it; the sitemap and the menus may.
/// </summary>
internal sealed record StandalonePage
{
    /// <summary>Its path under <c>pages/</c> without the extension (<c>about</c>, <c>team/contact</c>): how menus name it.</summary>
    public required string Key { get; init; }

    /// <summary>The file it was read from, as diagnostics show it.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Its title (the page's heading and <c>&lt;title&gt;</c>).</summary>
    public required string Title { get; init; }

    /// <summary>One sentence about it, for its meta description; null: the site's.</summary>
    public string? Description { get; init; }

    /// <summary>Where it is published instead of its key, as a site path (<c>about-us</c>); null: at its key.</summary>
    public string? Permalink { get; init; }

    /// <summary>Which menu its front matter lists it in.</summary>
    public PageMenu Menu { get; init; }

    /// <summary>Its place among the pages its front matter lists in the same menu: lower first, then by title.</summary>
    public int Weight { get; init; }

    /// <summary>True when it is not published yet.</summary>
    public bool Draft { get; init; }

    /// <summary>Its Markdown body, as written.</summary>
    public required string Body { get; init; }
}
