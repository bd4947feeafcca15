using BriefGen.Model;
using BriefGen.Reading.Markdown;
using BriefGen.Site;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// Renders Markdown with one Markdig pipeline built once per build (Markdig pipelines are thread-safe): CommonMark and
/// the site's <see cref="MarkdownExtension"/>s, never one that changes the author's words. A brief's body is parsed as
/// one document (<see cref="JoinedBody"/>), so reference links and footnotes resolve across its blocks, and each block
/// is written on its own. Raw HTML is escaped unless the site allows it; links and images whose scheme is not http, https, mailto or
/// relative keep their text and lose the link, and the caller is told so it can warn. A block nested too deep for
/// Markdig (<see cref="NestingGuard"/>) is not rendered: the caller prints it as text. Plain prose skips the parser
/// (<see cref="PlainParagraph"/>). HTML is written by the pipeline's pooled renderers: setting one up builds its
/// tables of object renderers, which costs more than rendering a paragraph.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    /// <summary>
    /// A pipeline with <paramref name="extensions"/>, writing the fixed <paramref name="words"/> (English by default).
    /// </summary>
    public MarkdownRenderer(bool allowRawHtml, IReadOnlyCollection<MarkdownExtension> extensions, MarkupWords? words = null)
    {
        var builder = NestingGuard.AddTo(new MarkdownPipelineBuilder());
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        foreach (var extension in extensions.Distinct())
        {
            _ = extension switch
            {
                MarkdownExtension.Tables => builder.UsePipeTables(),
                MarkdownExtension.Footnotes => builder.UseFootnotes(),
                MarkdownExtension.Strikethrough => builder.UseEmphasisExtras(EmphasisExtraOptions.Strikethrough),
                MarkdownExtension.TaskLists => builder.UseTaskLists().Use<TaskListLabels>(),
                MarkdownExtension.Autolinks => builder.UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true }),
                _ => throw new ArgumentOutOfRangeException(nameof(extensions), extension, "not a Markdown extension"),
            };
        }

        builder.Extensions.Add(new BriefHtmlExtension(words ?? MarkupWords.English)); // last: it replaces renderers the others add
        _pipeline = builder.Build();
    }

    private const int MaxKeptChars = 1024 * 1024;

    /// <summary>
    /// Markdig's link parsing takes time quadratic in the unclosed <c>[</c> of one block (16,000 take seconds): a block
    /// with more than this many is shown as text. A real paragraph has a few dozen.
    /// </summary>
    public const int MaxLinkOpeners = 4096;

    [ThreadStatic]
    private static StringWriter? t_writer;

    /// <summary>
    /// The HTML of one block of Markdown, without the line end Markdig puts after it; unsafe links are reported. Null
    /// when Markdig refuses the block, nested more than <see cref="NestingGuard.MaxDepth"/> deep, or when it holds more
    /// than <see cref="MaxLinkOpeners"/> brackets.
    /// </summary>
    public string? Render(string markdown, Action<string> onUnsafeLink)
    {
        if (PlainParagraph.TryRender(markdown) is { } plain)
        {
            return plain; // no link in it, so nothing to report
        }

        if (HasTooManyLinkOpeners(markdown))
        {
            return null;
        }

        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            MakeLinksInert(document, onUnsafeLink);
            return Html(document);
        }
        catch (Exception ex) when (NestingGuard.IsRefusal(ex))
        {
            t_writer?.GetStringBuilder().Clear(); // the renderer's own depth check may stop it halfway
            return null;
        }
    }

    /// <summary>
    /// The HTML of every block of a brief's sections, parsed as one document so that a reference or footnote resolves
    /// whichever block defines it; unsafe links are reported. Plain prose skips the parser as in <see cref="Render"/>.
    /// When Markdig refuses the document (a block nested too deep), each block is rendered alone, as
    /// <see cref="Render"/> does, and references across blocks stay unresolved.
    /// </summary>
    public RenderedBody RenderBody(IReadOnlyList<Section> sections, Action<string> onUnsafeLink)
    {
        var html = sections.Select(s => new string?[s.Paragraphs.Count]).ToArray();
        var body = new JoinedBody();
        for (var s = 0; s < sections.Count; s++)
        {
            if (s > 0)
            {
                body.BreakSection();
            }

            for (var p = 0; p < sections[s].Paragraphs.Count; p++)
            {
                var source = sections[s].Paragraphs[p];
                if (PlainParagraph.TryRender(source) is { } plain)
                {
                    html[s][p] = plain;
                    body.AddStandIn();
                }
                else if (HasTooManyLinkOpeners(source))
                {
                    body.AddStandIn(); // null: printed as text
                }
                else
                {
                    body.Add(source, s, p);
                }
            }
        }

        var footnotes = body.Blocks.Count == 0 ? null : RenderJoined(body, html, onUnsafeLink);
        return new RenderedBody(html, footnotes);
    }

    /// <summary>Writes the HTML of the blocks of <paramref name="body"/> into <paramref name="html"/>; returns the footnotes' HTML.</summary>
    private string? RenderJoined(JoinedBody body, string?[][] html, Action<string> onUnsafeLink)
    {
        try
        {
            var document = Markdown.Parse(body.Text, _pipeline);
            MakeLinksInert(document, onUnsafeLink);
            var parts = new List<Block>?[body.Blocks.Count];
            FootnoteGroup? footnotes = null;
            foreach (var block in document.ToArray())
            {
                document.Remove(block);
                if (block is FootnoteGroup group)
                {
                    footnotes = group;
                }
                else if (block is not LinkReferenceDefinitionGroup && body.BlockAt(block.Line) is >= 0 and var owner)
                {
                    (parts[owner] ??= []).Add(block);
                }
            }

            for (var i = 0; i < parts.Length; i++)
            {
                var joined = body.Blocks[i];
                html[joined.Section][joined.Paragraph] = parts[i] is { } blocks ? Html(blocks) : string.Empty;
            }

            return footnotes is { Count: > 0 } ? Html(new List<Block> { footnotes }) : null;
        }
        catch (Exception ex) when (NestingGuard.IsRefusal(ex))
        {
            t_writer?.GetStringBuilder().Clear();
            foreach (var joined in body.Blocks)
            {
                html[joined.Section][joined.Paragraph] = Render(joined.Source, onUnsafeLink);
            }

            return null;
        }
    }

    private static bool HasTooManyLinkOpeners(string markdown) => markdown.AsSpan().Count('[') > MaxLinkOpeners;

    private static void MakeLinksInert(MarkdownDocument document, Action<string> onUnsafeLink)
    {
        var unsafeLinks = new List<LinkInline>();
        var unsafeAutolinks = new List<AutolinkInline>();
        FindUnsafe(document, unsafeLinks, unsafeAutolinks);
        foreach (var link in unsafeLinks)
        {
            onUnsafeLink(link.Url ?? "");
            Unwrap(link);
        }

        foreach (var auto in unsafeAutolinks)
        {
            onUnsafeLink(auto.Url);
            auto.ReplaceBy(new LiteralInline(auto.Url));
        }
    }

    /// <summary>Top-level blocks taken out of their document, written as one.</summary>
    private string Html(List<Block> blocks)
    {
        var document = new MarkdownDocument();
        blocks.ForEach(document.Add);
        return Html(document);
    }

    /// <summary>Into one writer per thread, and the text taken without its final line end: no copy to trim it.</summary>
    private string Html(MarkdownDocument document)
    {
        var writer = t_writer ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Markdown.ToHtml(document, writer, _pipeline);
        var html = writer.GetStringBuilder();
        var end = html.Length;
        while (end > 0 && html[end - 1] == '\n')
        {
            end--;
        }

        var text = html.ToString(0, end);
        html.Clear();
        if (html.Capacity > MaxKeptChars)
        {
            t_writer = null; // one outsized block must not keep its buffer alive
        }

        return text;
    }

    /// <summary>
    /// The unsafe links in document order, like <c>Descendants&lt;LinkInline&gt;()</c> but in one plain walk: Markdig's
    /// nested iterators cost more than parsing the paragraph.
    /// </summary>
    private static void FindUnsafe(ContainerBlock container, List<LinkInline> links, List<AutolinkInline> autolinks)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock inner)
            {
                FindUnsafe(inner, links, autolinks);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                FindUnsafe(inline, links, autolinks);
            }
        }
    }

    private static void FindUnsafe(ContainerInline container, List<LinkInline> links, List<AutolinkInline> autolinks)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link && !UrlSafety.IsSafe(link.Url))
            {
                links.Add(link);
            }
            else if (inline is AutolinkInline auto && !UrlSafety.IsSafe(auto.Url))
            {
                autolinks.Add(auto);
            }

            if (inline is ContainerInline nested)
            {
                FindUnsafe(nested, links, autolinks);
            }
        }
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
