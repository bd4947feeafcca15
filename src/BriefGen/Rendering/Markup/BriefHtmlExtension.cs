using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// Swaps two of Markdig's HTML renderers for the site's own: tables in a scroll box (<see cref="ScrollingTableRenderer"/>)
/// and footnotes in one section (<see cref="FootnoteSectionRenderer"/>). Added after the extensions whose renderers it
/// replaces; does nothing for an extension that is off.
/// </summary>
/// <param name="words">The name of a table without header cells and the footnotes' heading.</param>
internal sealed class BriefHtmlExtension(MarkupWords words) : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollingTableRenderer(words.UnnamedTable));
            html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new FootnoteSectionRenderer(words.Notes));
        }
    }
}
