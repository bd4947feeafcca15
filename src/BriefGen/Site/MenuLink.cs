namespace BriefGen.Site;

/// <summary>A menu entry resolved to where it links.</summary>
/// <param name="Title">The link's text.</param>
/// <param name="Url">Site-relative (<c>about/</c>, <c>""</c> for the home page), or absolute when <paramref name="External"/>.</param>
/// <param name="External">True for an absolute URL, which templates print as it is rather than after <c>page.root</c>.</param>
/// <param name="Label">
/// For an entry of the default menu, the key of the strings table that names it in the site's language (its
/// <paramref name="Title"/> is the English word); null for an entry the site named.
/// </param>
internal sealed record MenuLink(string Title, string Url, bool External, string? Label = null);
