using System.Buffers;
using BriefGen.Model;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// Splits decoded text into <see cref="PageLine"/>s in one linear pass: <c>\n</c>, <c>\r\n</c> and <c>\r</c> end a
/// line (mixed freely); a final line end does not start a new line. Each line is normalised once.
/// </summary>
internal static class LineScanner
{
    /// <summary>Every character <see cref="TextNormalizer"/> treats as white space, except the plain space.</summary>
    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c != ' ' && TextNormalizer.IsWhiteSpace(c)).ToArray());

    public static List<PageLine> Scan(string text)
    {
        var lines = new List<PageLine>(Math.Max(16, text.Length / 128));
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0; // defensive: the loader strips the BOM
        var number = 1;
        var span = text.AsSpan();
        while (start <= text.Length)
        {
            var rel = span[start..].IndexOfAny('\r', '\n');
            var end = rel < 0 ? text.Length : start + rel;
            lines.Add(Make(number, span[start..end]));
            if (rel < 0)
            {
                break;
            }

            var next = end + 1;
            if (text[end] == '\r' && next < text.Length && text[next] == '\n')
            {
                next++;
            }

            if (next >= text.Length)
            {
                break; // a final line end does not open a new line
            }

            start = next;
            number++;
        }

        return lines;
    }

    private static PageLine Make(int number, ReadOnlySpan<char> raw)
    {
        var lead = 0;
        while (lead < raw.Length && TextNormalizer.IsWhiteSpace(raw[lead]))
        {
            lead++;
        }

        string text;
        if (lead == raw.Length)
        {
            text = string.Empty;
        }
        else if (lead == 0 && raw[^1] != ' ' && !raw.ContainsAny(OtherWhiteSpace) && !raw.Contains("  ", StringComparison.Ordinal))
        {
            text = raw.ToString(); // already normal: vectorised checks instead of a per-character scan
        }
        else
        {
            text = TextNormalizer.Normalize(raw);
        }

        return new PageLine(number, lead == raw.Length ? 1 : lead + 1, text);
    }
}
