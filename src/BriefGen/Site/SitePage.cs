using BriefGen.Model;

namespace BriefGen.Site;

/// <summary>A standalone page placed in the site: the page and its site-relative URL (<c>about/</c>).</summary>
/// <param name="Page">The page as read.</param>
/// <param name="Url">Its site-relative URL, ending in '/'.</param>
internal sealed record SitePage(StandalonePage Page, string Url)
{
    /// <summary>The file it is written to.</summary>
    public string File => Url + "index.html";
}
