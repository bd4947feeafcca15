using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// Writes a body's footnotes once, as <c>&lt;section class="footnotes"&gt;</c> holding a numbered list: each note's
/// id is <c>fn:N</c>, in the order of the first reference to it, and ends with a back-link to every reference
/// (<c>fnref:N</c>), so the ids are unique on the page and the same on every build.
/// </summary>
internal sealed class FootnoteSectionRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\">");
        renderer.WriteLine("<ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            renderer.Write("<li id=\"fn:").Write(footnote.Order.ToString(CultureInfo.InvariantCulture)).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.EnsureLine();
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
