using BriefGen.Model;

namespace BriefGen.Site;

/// <summary>
/// A brief placed in the site: what lists show of it, where it came from, its parsed date and its site-relative URL.
/// The whole brief comes from the site's store (<see cref="Site.Full"/>).
/// </summary>
/// <param name="Brief">The brief as lists show it.</param>
/// <param name="SourcePath">The seed's display path (relative to the site folder), for diagnostics.</param>
/// <param name="Date">The parsed <c>published</c> value; null when undated.</param>
/// <param name="Url">The site-relative URL of its page, e.g. <c>briefs/x/</c>.</param>
internal sealed record SiteBrief(SlimBrief Brief, string SourcePath, BriefDate? Date, string Url)
{
    /// <summary>
    /// The hashes the build took of the brief when it read it: the pages that list thousands of briefs find them here
    /// instead of looking each one up.
    /// </summary>
    public required Reading.BriefHashes Hashes { get; init; }

    /// <summary>Why the brief would be held, for one the build includes all the same (<c>--drafts</c>…); none for a published brief.</summary>
    public HoldReasons Hold { get; init; }

    /// <summary>
    /// Other briefs on its topics (<see cref="BriefGen.Site.MoreOnTopics"/>), set once as the site is assembled; empty when the
    /// site shows no related stories (<see cref="SiteConfig.ShowRelated"/>).
    /// </summary>
    public IReadOnlyList<SiteBrief> MoreOnTopics { get; internal set; } = [];
}
