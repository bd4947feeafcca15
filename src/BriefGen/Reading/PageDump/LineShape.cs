namespace BriefGen.Reading.PageDump;

/// <summary>
/// Layout tests on normalised lines. A line is <em>short</em> when it has at most <see cref="ShortMax"/>
/// characters (Unicode code points): headings, topics, labels and kind lines are short; body paragraphs are
/// long sentences. Closing quotes and brackets after final punctuation are looked through.
/// </summary>
internal static class LineShape
{
    /// <summary>The longest line that can still be a heading, topic, related label or kind label.</summary>
    public const int ShortMax = 100;

    public static bool IsShort(string text)
        => text.Length <= ShortMax || (text.Length <= 2 * ShortMax && CodePoints(text) <= ShortMax);

    /// <summary>Number of Unicode code points (a surrogate pair counts once), as the fixtures' kit counts.</summary>
    public static int CodePoints(string text)
    {
        var n = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                n--;
            }
        }

        return n;
    }

    /// <summary>The last character that is not a closing quote or bracket, or <c>'\0'</c>.</summary>
    public static char FinalMark(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!IsCloser(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    public static bool EndsWithPeriod(string text) => FinalMark(text) == '.';

    public static bool EndsSentence(string text) => FinalMark(text) is '.' or '!' or '?';

    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';
}
