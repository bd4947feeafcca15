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

    // Every brief page counts its whole body, so plain ASCII word characters (all but '<', '&' and white space) are
    // told apart by one table look-up each; the rest of the rule applies to those three and to anything outside ASCII.
    private static readonly AsciiKind[] s_ascii = [.. Enumerable.Range(0, 128).Select(c => (char)c).Select(c =>
        c is '<' or '&' || char.IsWhiteSpace(c) ? AsciiKind.Special : char.IsLetterOrDigit(c) ? AsciiKind.LetterOrDigit : AsciiKind.Other)];

    private enum AsciiKind : byte
    {
        Special,
        Other,
        LetterOrDigit,
    }

    /// <summary>The minutes <paramref name="words"/> words take: 0 for none, else at least 1.</summary>
    public static int Minutes(int words) => (words + WordsPerMinute - 1) / WordsPerMinute;

    /// <summary>The words of the text of <paramref name="html"/>.</summary>
    public static int Words(ReadOnlySpan<char> html)
    {
        var (words, inWord, wordHasLetter) = (0, false, false);
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c < 128 && s_ascii[c] is var kind and not AsciiKind.Special)
            {
                inWord = true;
                wordHasLetter |= kind == AsciiKind.LetterOrDigit;
                continue;
            }

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
