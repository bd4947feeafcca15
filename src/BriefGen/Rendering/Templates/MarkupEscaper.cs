using System.Buffers;
using System.Text;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Escapes text for HTML text and attribute values and for XML alike: <c>&amp; &lt; &gt; " '</c> become entities
/// every XML parser knows (<c>&amp;#39;</c> rather than <c>&amp;apos;</c>, which HTML 4 lacked), and characters XML
/// forbids (C0 controls other than tab and line ends) are dropped.
/// </summary>
internal static class MarkupEscaper
{
    // The characters that need a decision: the five with entities, and the C0 controls (tab and line ends stay).
    private static readonly SearchValues<char> s_special = SearchValues.Create(
        "&<>\"'" + new string([.. Enumerable.Range(0, ' ').Select(c => (char)c)]));

    public static string Escape(string text)
    {
        var rest = text.AsSpan();
        var next = rest.IndexOfAny(s_special);
        if (next < 0)
        {
            return text; // the common case allocates nothing
        }

        var sb = new StringBuilder(text.Length + 16);
        for (; next >= 0; next = rest.IndexOfAny(s_special))
        {
            var c = rest[next];
            sb.Append(rest[..next]);
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                '\t' or '\n' or '\r' => sb.Append(c),
                _ => sb, // another control character: dropped
            };
            rest = rest[(next + 1)..];
        }

        return sb.Append(rest).ToString();
    }
}
