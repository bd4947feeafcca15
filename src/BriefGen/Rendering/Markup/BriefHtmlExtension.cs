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
/// <param name="unnamedTable">The name of a table without header cells.</param>
internal sealed class BriefHtmlExtension(string unnamedTable) : IMarkdownExtension
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
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollingTableRenderer(unnamedTable));
            html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new FootnoteSectionRenderer());
        }
    }
}
