using BriefGen.Model;

namespace BriefGen.Site;

/// <summary>A brief placed in the site: the model, where it came from, its parsed date and its site-relative URL.</summary>
/// <param name="Brief">The content model.</param>
/// <param name="SourcePath">The seed's display path (relative to the site folder), for diagnostics.</param>
/// <param name="Date">The parsed <c>published</c> value; null when undated.</param>
/// <param name="Url">The site-relative URL of its page, e.g. <c>briefs/x/</c>.</param>
public sealed record SiteBrief(Brief Brief, string SourcePath, BriefDate? Date, string Url)
{
    /// <summary>
    /// The hashes the build took of the brief when it read it (null when assembled from briefs made elsewhere): the
    /// pages that list thousands of briefs find them here instead of looking each one up.
    /// </summary>
    internal Incremental.BriefHashes? Hashes { get; init; }
}
