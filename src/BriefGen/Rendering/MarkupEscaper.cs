using System.Text;

namespace BriefGen.Rendering;

/// <summary>
/// Escapes text for HTML text and attribute values and for XML alike: <c>&amp; &lt; &gt; " '</c> become entities
/// every XML parser knows (<c>&amp;#39;</c> rather than <c>&amp;apos;</c>, which HTML 4 lacked), and characters XML
/// forbids (C0 controls other than tab and line ends) are dropped.
/// </summary>
internal static class MarkupEscaper
{
    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsWork(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text; // the common case allocates nothing
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ when c < ' ' && c is not ('\t' or '\n' or '\r') => sb,
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private static bool NeedsWork(char c) => c is '&' or '<' or '>' or '"' or '\'' || c < ' ';
}
