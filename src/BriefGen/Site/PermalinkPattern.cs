namespace BriefGen.Site;

/// <summary>
/// The brief permalink pattern, e.g. <c>briefs/{slug}/</c>: <c>/</c>-separated segments that are either
/// <c>{slug}</c> or literals of lower-case letters, digits, <c>-</c> and <c>_</c> (a last segment may end in
/// <c>.html</c>). A pattern ending in <c>/</c> gives <c>…/index.html</c>. Nothing else is accepted, so together with
/// the slug rules a permalink can never place a file outside the output folder.
/// </summary>
internal static class PermalinkPattern
{
    /// <summary>The default pattern.</summary>
    public const string Default = "briefs/{slug}/";

    /// <summary>True when <paramref name="pattern"/> is safe and holds <c>{slug}</c> exactly once.</summary>
    public static bool IsValid(string pattern)
    {
        if (pattern.Length is 0 or > 200 || pattern[0] == '/' || CountSlug(pattern) != 1)
        {
            return false;
        }

        var segments = pattern.TrimEnd('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Replace("{slug}", "x", StringComparison.Ordinal);
            if (i == segments.Length - 1 && !pattern.EndsWith('/') && segment.EndsWith(".html", StringComparison.Ordinal))
            {
                segment = segment[..^5];
            }
            else if (i == segments.Length - 1 && !pattern.EndsWith('/'))
            {
                return false; // a file name must end in .html
            }

            if (segment.Length == 0 || !segment.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The site-relative URL of a brief, e.g. <c>briefs/x/</c>.</summary>
    public static string Url(string pattern, string slug) => pattern.Replace("{slug}", slug, StringComparison.Ordinal);

    /// <summary>The output file for a site-relative URL: <c>x/</c> → <c>x/index.html</c>.</summary>
    public static string FileOf(string url) => url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;

    /// <summary>Where a brief's <c>brief.json</c> goes, beside its page: <c>x/</c> → <c>x/brief.json</c>, <c>x.html</c> → <c>x.json</c>.</summary>
    public static string JsonFileOf(string url) => url.EndsWith('/') ? url + "brief.json" : url[..^".html".Length] + ".json";

    private static int CountSlug(string pattern)
        => (pattern.Length - pattern.Replace("{slug}", "", StringComparison.Ordinal).Length) / "{slug}".Length;
}
