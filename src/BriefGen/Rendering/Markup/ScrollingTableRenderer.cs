using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// Writes a pipe table inside a box that scrolls on its own when the table is wider than the page (a phone): the box
/// can take focus, so a keyboard can scroll it, and is a region named by the table's header cells, as axe asks of a
/// focusable scroll box.
/// </summary>
/// <param name="unnamedTable">The name of a table without header cells.</param>
internal sealed class ScrollingTableRenderer(string unnamedTable) : HtmlTableRenderer
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").WriteEscape(Label(table)).WriteLine("\">");
        base.Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }

    /// <summary>The text of the header cells, joined by commas; the unnamed table's name when they hold none.</summary>
    private string Label(Table table)
    {
        var cells = new List<string>();
        foreach (var row in table.OfType<TableRow>().Where(r => r.IsHeader))
        {
            foreach (var cell in row.OfType<TableCell>())
            {
                var text = new StringBuilder();
                AppendText(cell, text);
                if (text.ToString().Trim() is { Length: > 0 } words)
                {
                    cells.Add(words);
                }
            }
        }

        return cells.Count > 0 ? string.Join(", ", cells) : unnamedTable;
    }

    private static void AppendText(ContainerBlock container, StringBuilder text)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock inner)
            {
                AppendText(inner, text);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                AppendText(inline, text);
            }
        }
    }

    private static void AppendText(ContainerInline container, StringBuilder text)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case ContainerInline nested:
                    AppendText(nested, text);
                    break;
            }
        }
    }
}
