using System.Buffers;

namespace BriefGen.Rendering;

/// <summary>
/// Recognises a Markdown block that can only be a plain paragraph (no character CommonMark gives a meaning to, no
/// line that could open another block) and writes the HTML Markdig would write for it, without parsing. Most
/// paragraphs of a brief are plain prose, and parsing one costs more than the rest of its page. Conservative: any
/// doubt sends the block to Markdig (a randomised test holds the two outputs equal).
/// </summary>
internal static class PlainParagraph
{
    // Inline syntax (code, emphasis, links, images, autolinks, raw HTML, entities, escapes) and control characters
    // (Markdig replaces NUL and treats the others as white space); '\n' separates lines and is checked per line.
    private static readonly SearchValues<char> s_special = SearchValues.Create(
        "`*_[]<>&\\\u007f\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000b\u000c\u000d\u000e\u000f"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    /// <summary>The paragraph's HTML (<c>&lt;p&gt;…&lt;/p&gt;</c>, without Markdig's final line end), or null when Markdig must decide.</summary>
    public static string? TryRender(string markdown)
    {
        if (markdown.Length == 0 || markdown.AsSpan().IndexOfAny(s_special) >= 0 || !LinesArePlain(markdown))
        {
            return null;
        }

        var quotes = markdown.AsSpan().Count('"');
        return string.Create(markdown.Length + 7 + (quotes * 5), markdown, static (span, text) =>
        {
            "<p>".CopyTo(span);
            var at = 3;
            foreach (var c in text)
            {
                if (c == '"')
                {
                    "&quot;".CopyTo(span[at..]);
                    at += 6;
                }
                else
                {
                    span[at++] = c;
                }
            }

            "</p>".CopyTo(span[at..]);
        });
    }

    /// <summary>
    /// Every line is non-empty, starts and ends without white space (so no indented code, no trimming, no hard
    /// break) and cannot start a heading, list, quote, fence, thematic break, setext underline or table.
    /// </summary>
    private static bool LinesArePlain(string markdown)
    {
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range);
            if (line.Length == 0 || line[0] == ' ' || line[^1] == ' ' || "#=-+~|>:".Contains(line[0]) || StartsLikeOrderedItem(line))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsLikeOrderedItem(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' or ')';
    }
}
