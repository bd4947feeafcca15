using System.Buffers;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// How long rendered HTML takes to read: its words at <see cref="WordsPerMinute"/>, rounded up. A word is a run of
/// characters between white space that holds a letter or a digit; tags are left out (so <c>&lt;em&gt;re&lt;/em&gt;form</c>
/// is one word) and a character reference (<c>&amp;amp;</c>) counts as punctuation, as the character it stands for would.
/// </summary>
internal static class ReadingTime
{
    /// <summary>An adult's reading speed of prose.</summary>
    public const int WordsPerMinute = 230;

    // The longest named character reference (&CounterClockwiseContourIntegral;) is 33 characters with its '&'.
    private const int LongestReference = 32;

    // Every brief page counts its whole body, so runs of plain ASCII word characters are skipped many at a time: the
    // characters that need a decision are '<', '&', ASCII white space and anything outside ASCII.
    private static readonly SearchValues<char> s_plainAscii = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not ('<' or '&') && !char.IsWhiteSpace(c))]);

    private static readonly SearchValues<char> s_asciiLetterOrDigit = SearchValues.Create(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The minutes <paramref name="words"/> words take: 0 for none, else at least 1.</summary>
    public static int Minutes(int words) => (words + WordsPerMinute - 1) / WordsPerMinute;

    /// <summary>The words of the text of <paramref name="html"/>.</summary>
    public static int Words(ReadOnlySpan<char> html)
    {
        var (words, inWord, wordHasLetter) = (0, false, false);
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i..].IndexOfAnyExcept(s_plainAscii) is var plain and not 0)
            {
                var run = plain < 0 ? html[i..] : html.Slice(i, plain);
                inWord = true;
                wordHasLetter = wordHasLetter || run.ContainsAny(s_asciiLetterOrDigit);
                i += run.Length;
                if (i == html.Length)
                {
                    break;
                }
            }

            var c = html[i];
            if (c == '<' && html[(i + 1)..].IndexOf('>') is var close and >= 0)
            {
                i += close + 1;
                continue;
            }

            if (c == '&' && html.Slice(i + 1, Math.Min(LongestReference, html.Length - i - 1)).IndexOf(';') is var end and >= 0)
            {
                i += end + 1;
                inWord = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                words += inWord && wordHasLetter ? 1 : 0;
                (inWord, wordHasLetter) = (false, false);
                continue;
            }

            inWord = true;
            wordHasLetter |= char.IsLetterOrDigit(c);
        }

        return words + (inWord && wordHasLetter ? 1 : 0);
    }
}
