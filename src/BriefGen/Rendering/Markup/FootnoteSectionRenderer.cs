using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// Writes a body's footnotes once, as <c>&lt;section class="footnotes"&gt;</c> holding a heading and a numbered list
/// (a section without a heading leaves readers of headings, and the HTML checker, without its name): each note's
/// id is <c>fn:N</c>, in the order of the first reference to it, and ends with a back-link to every reference
/// (<c>fnref:N</c>), so the ids are unique on the page and the same on every build.
/// </summary>
/// <param name="heading">The heading's text, in the site's language.</param>
internal sealed class FootnoteSectionRenderer(string heading) : HtmlObjectRenderer<FootnoteGroup>
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\">");
        renderer.Write("<h2 class=\"footnotes-title\">").WriteEscape(heading).WriteLine("</h2>");
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
