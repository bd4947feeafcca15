using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefGen.Cli.Checking;

/// <summary>What one page offers and asks for: the URLs it references and the anchors (<c>id</c>, <c>&lt;a name&gt;</c>) others may link to.</summary>
/// <param name="Links">Its URLs in document order, at most <see cref="MaxLinks"/>.</param>
/// <param name="Anchors">Every <c>id</c> and <c>&lt;a name&gt;</c> of the page.</param>
/// <param name="LinksDropped">True when the page had more URLs than <see cref="MaxLinks"/>.</param>
internal sealed record PageScan(IReadOnlyList<PageLink> Links, IReadOnlySet<string> Anchors, bool LinksDropped)
{
    /// <summary>URLs checked per page; a generated page past this is a runaway template, not a page to check link by link.</summary>
    public const int MaxLinks = 20_000;

    /// <summary>Parses a page, keeping each element's line and column.</summary>
    public static PageScan Of(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var links = new List<PageLink>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var dropped = false;
        foreach (var element in document.All)
        {
            if (element.GetAttribute("id") is { Length: > 0 } id)
            {
                anchors.Add(id);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                anchors.Add(name);
            }

            foreach (var (kind, url) in UrlsOf(element))
            {
                if (links.Count == MaxLinks)
                {
                    dropped = true;
                    break;
                }

                var position = element.SourceReference?.Position;
                links.Add(new PageLink(kind, url, position?.Line ?? 0, position?.Column ?? 0));
            }
        }

        return new PageScan(links, anchors, dropped);
    }

    private static IEnumerable<(LinkKind Kind, string Url)> UrlsOf(IElement element)
    {
        switch (element.LocalName)
        {
            case "a" or "area" when element.GetAttribute("href") is { } href:
                yield return (LinkKind.Link, href);
                break;
            case "link" when element.GetAttribute("href") is { } href:
                yield return (KindOfLinkElement(element.GetAttribute("rel") ?? ""), href);
                break;
            case "img" or "source":
                if (element.GetAttribute("src") is { } src)
                {
                    yield return (LinkKind.Image, src);
                }

                foreach (var candidate in SrcSet.Urls(element.GetAttribute("srcset") ?? ""))
                {
                    yield return (LinkKind.Image, candidate);
                }

                break;
            case "script" when element.GetAttribute("src") is { } script:
                yield return (LinkKind.Script, script);
                break;
        }
    }

    private static LinkKind KindOfLinkElement(string rel)
    {
        var words = rel.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries);
        bool Has(string word) => words.Contains(word, StringComparer.OrdinalIgnoreCase);
        return Has("stylesheet") ? LinkKind.Stylesheet
            : Has("icon") || Has("apple-touch-icon") || Has("mask-icon") ? LinkKind.Icon
            : Has("preload") || Has("modulepreload") || Has("prefetch") || Has("manifest") ? LinkKind.Resource
            : LinkKind.Link;
    }
}
