namespace BriefGen.Model;

/// <summary>
/// Which URLs content may link to: relative ones and the schemes http, https and mailto. The one rule for every URL a
/// page prints: Markdown links (<c>MarkdownRenderer</c>), URL fields where a seed gives them (warned about) and every
/// URL a template reads (<c>BriefTemplateContext</c>).
/// </summary>
internal static class UrlSafety
{
    /// <summary>Longer than any allowed scheme: a longer one is not allowed, whatever it spells.</summary>
    private const int MaxScheme = 8;

    /// <summary>True when <paramref name="url"/> may be printed as a link (null and empty may: they link nowhere).</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so judge the URL without
        // them: the scheme is what comes before the first ':', unless a '/', '?' or '#' comes first (a relative URL).
        Span<char> scheme = stackalloc char[MaxScheme];
        var length = 0;
        foreach (var c in url)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c == ':')
            {
                return length <= MaxScheme && scheme[..length] is "http" or "https" or "mailto";
            }

            if (c is '/' or '?' or '#')
            {
                return true;
            }

            if (length < MaxScheme)
            {
                scheme[length] = char.ToLowerInvariant(c);
            }

            length++;
        }

        return true; // no scheme: a relative URL
    }
}
