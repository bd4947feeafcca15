using System.Buffers;
using System.Text;
using BriefGen.Model;
using BriefGen.Reading.Markdown;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// Recognises a Markdown block that can only be a paragraph of prose, with at most links and emphasis of the simplest
/// form (<c>[text](https://…)</c>, <c>*words*</c>, <c>**words**</c>), and writes the HTML Markdig would write for it,
/// without parsing: most paragraphs of a brief are such prose. Conservative: any doubt (another character CommonMark
/// gives a meaning to, a line that could open another block, a link or emphasis of any other shape, a link that is
/// not safe, syntax of a <see cref="Site.MarkdownExtension"/>) sends the block to Markdig; randomised tests hold the
/// two outputs equal.
/// </summary>
internal static class PlainParagraph
{
    // Inline syntax other than the simple links and emphasis handled here (code, underscores, raw HTML, entities,
    // escapes) and control characters (Markdig replaces NUL and treats the others as white space); '\n' separates
    // lines and is checked per line.
    private static readonly SearchValues<char> s_special = SearchValues.Create(
        "`_<>&\\\u007f\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000b\u000c\u000d\u000e\u000f"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    // The characters of a block that start something other than plain text.
    private static readonly SearchValues<char> s_marks = SearchValues.Create("*[]\"");

    // What a link destination may hold to be written as it is: Markdig would percent-encode or entity-escape others.
    private static readonly SearchValues<char> s_urlChars = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:.-~?=#");

    // What may follow a closing '*' (besides the end of the block).
    private const string AfterEmphasis = " .,;:!?)'\"";

    [ThreadStatic]
    private static StringBuilder? t_html;

    /// <summary>The paragraph's HTML (<c>&lt;p&gt;…&lt;/p&gt;</c>, without Markdig's final line end), or null when Markdig must decide.</summary>
    public static string? TryRender(string markdown)
    {
        if (markdown.Length == 0 || markdown.AsSpan().IndexOfAny(s_special) >= 0 || markdown.Contains("~~", StringComparison.Ordinal) || !LinesArePlain(markdown))
        {
            return null;
        }

        var html = t_html ??= new StringBuilder(1024);
        html.Clear().Append("<p>");
        var text = markdown.AsSpan();
        for (var i = 0; i < text.Length;)
        {
            // Runs of plain text are copied whole; only the characters below need a decision.
            var run = text[i..].IndexOfAny(s_marks);
            if (run != 0)
            {
                var plain = run < 0 ? text[i..] : text.Slice(i, run);
                if (MayAutolink(plain))
                {
                    return null;
                }

                html.Append(plain);
                i += plain.Length;
                continue;
            }

            var next = text[i] switch
            {
                '*' => Emphasis(text, i, html),
                '[' => Link(text, i, html),
                '"' => Quote(html, i),
                _ => -1, // ']' outside a link
            };

            if (next < 0)
            {
                return null;
            }

            i = next;
        }

        var result = html.Append("</p>").ToString();
        if (html.Capacity > 64 * 1024)
        {
            t_html = null; // one outsized paragraph must not keep its buffer alive
        }

        return result;
    }

    private static int Quote(StringBuilder html, int at)
    {
        html.Append("&quot;");
        return at + 1;
    }

    /// <summary>
    /// <c>*words*</c> or <c>**words**</c> after a space, a line end or the start, opening on a letter or digit and
    /// closing after one with as many stars, before a space, the end or common punctuation, with none of <c>*[]</c>
    /// or a line end inside: emphasis whatever the rest of the block holds (the opener cannot close and the closer
    /// cannot open). Returns where the text goes on, or -1.
    /// </summary>
    private static int Emphasis(ReadOnlySpan<char> text, int at, StringBuilder html)
    {
        var stars = at + 1 < text.Length && text[at + 1] == '*' ? 2 : 1;
        var start = at + stars;
        if ((at > 0 && text[at - 1] is not (' ' or '\n')) || start >= text.Length || !char.IsAsciiLetterOrDigit(text[start]))
        {
            return -1;
        }

        var length = text[start..].IndexOfAny("*[]\n");
        var close = start + length;
        var end = close + stars;
        if (length < 1 || text[close] != '*' || !char.IsAsciiLetterOrDigit(text[close - 1])
            || end > text.Length || (stars == 2 && text[close + 1] != '*')
            || (end < text.Length && !AfterEmphasis.Contains(text[end])) || MayAutolink(text[start..close]))
        {
            return -1;
        }

        var tag = stars == 1 ? "em>" : "strong>";
        html.Append('<').Append(tag);
        AppendText(text[start..close], html);
        html.Append("</").Append(tag);
        return end;
    }

    /// <summary>
    /// <c>[text](destination)</c>: text without <c>*[]</c> or a line end, not starting or ending with a space; a safe
    /// destination of plain URL characters, without a title. Not after <c>!</c> (an image). Returns where the text
    /// goes on, or -1.
    /// </summary>
    private static int Link(ReadOnlySpan<char> text, int at, StringBuilder html)
    {
        if (at > 0 && text[at - 1] == '!')
        {
            return -1;
        }

        var length = text[(at + 1)..].IndexOfAny("*[]\n");
        var close = at + 1 + length;
        if (length < 1 || text[close] != ']' || text[at + 1] == ' ' || text[close - 1] == ' '
            || close + 1 >= text.Length || text[close + 1] != '(')
        {
            return -1;
        }

        var destination = text[(close + 2)..];
        var urlLength = destination.IndexOfAnyExcept(s_urlChars);
        if (urlLength < 1 || destination[urlLength] != ')')
        {
            return -1;
        }

        var url = destination[..urlLength].ToString();
        if (!UrlSafety.IsSafe(url))
        {
            return -1; // Markdig's path unlinks it and reports it
        }

        html.Append("<a href=\"").Append(url).Append("\">");
        AppendText(text[(at + 1)..close], html);
        html.Append("</a>");
        return close + 2 + urlLength + 1;
    }

    /// <summary>Text as Markdig writes it: only <c>"</c> needs escaping here.</summary>
    private static void AppendText(ReadOnlySpan<char> text, StringBuilder html)
    {
        for (var quote = text.IndexOf('"'); quote >= 0; quote = text.IndexOf('"'))
        {
            html.Append(text[..quote]).Append("&quot;");
            text = text[(quote + 1)..];
        }

        html.Append(text);
    }

    /// <summary>
    /// True when text outside a link may hold a bare URL that the autolinks extension links (<c>://</c>, <c>www.</c>,
    /// <c>mailto:</c>, in any case). The other extensions' syntax is refused elsewhere: <c>~~</c> anywhere, a table's
    /// lines by <see cref="LinesArePlain"/>, footnotes and task lists by a <c>[</c> that is no whole link.
    /// </summary>
    private static bool MayAutolink(ReadOnlySpan<char> text)
        => text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || text.Contains("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every line is non-empty, starts and ends without white space (so no indented code, no trimming, no hard
    /// break) and cannot start a heading, list, quote, fence, thematic break, setext underline or table (a line
    /// may start with <c>*</c> or <c>**</c> before a letter or digit, which opens none of them; a <c>[</c> is accepted only as the
    /// start of a whole link, which is not a link reference definition).
    /// </summary>
    private static bool LinesArePlain(string markdown)
    {
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range);
            if (line.Length == 0 || line[0] == ' ' || line[^1] == ' ' || "#=-+~|>:".Contains(line[0]) || PlainBlocks.StartsLikeOrderedItem(line)
                || (line[0] == '*' && !OpensEmphasis(line)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>*</c> or <c>**</c> before a letter or digit: neither a list item (a space after the marker) nor a thematic break.</summary>
    private static bool OpensEmphasis(ReadOnlySpan<char> line)
    {
        var stars = line.Length > 1 && line[1] == '*' ? 2 : 1;
        return stars < line.Length && char.IsAsciiLetterOrDigit(line[stars]);
    }
}
