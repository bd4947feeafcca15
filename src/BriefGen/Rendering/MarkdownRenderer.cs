using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefGen.Rendering;

/// <summary>
/// Renders Markdown paragraphs with one Markdig pipeline built once per build (Markdig pipelines are thread-safe).
/// Raw HTML is escaped unless the site allows it; links and images whose scheme is not http, https, mailto or
/// relative keep their text and lose the link, and the caller is told so it can warn. HTML is written by the
/// pipeline's pooled renderers: setting one up builds its tables of object renderers, which costs more than
/// rendering a paragraph.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    public MarkdownRenderer(bool allowRawHtml)
    {
        var builder = new MarkdownPipelineBuilder();
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
    }

    public string Render(string markdown, Action<string> onUnsafeLink)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !UrlSafety.IsSafe(l.Url)).ToList())
        {
            onUnsafeLink(link.Url ?? "");
            Unwrap(link);
        }

        foreach (var auto in document.Descendants<AutolinkInline>().Where(l => !UrlSafety.IsSafe(l.Url)).ToList())
        {
            onUnsafeLink(auto.Url);
            auto.ReplaceBy(new LiteralInline(auto.Url));
        }

        return document.ToHtml(_pipeline);
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
