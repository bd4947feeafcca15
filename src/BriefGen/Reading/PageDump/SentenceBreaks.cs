using System.Buffers;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// Where sentences may end inside a paragraph: after <c>.</c>, <c>!</c> or <c>?</c> (and any closing quotes) followed
/// by a space (or, after a lower-case letter, directly by a capital: <c>…Relations.Benjamin</c>, as when bios are
/// run together). A period does not end a sentence after a single-letter initial (<c>T.</c>), a dotted abbreviation
/// (<c>U.S.</c>, <c>Ph.D.</c>) or a title or suffix such as <c>Dr.</c>, <c>Jr.</c>, <c>Prof.</c>.
/// </summary>
internal static class SentenceBreaks
{
    private const int MaxWord = 32;

    private static readonly SearchValues<char> Ends = SearchValues.Create(".!?");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Dr", "Mr", "Mrs", "Ms", "Mx", "Jr", "Sr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Amb", "Lt", "Col",
        "Capt", "Adm", "Rev", "Hon", "Mt", "Ft", "No", "vs",
    };

    /// <summary>The index just after the next sentence end at or after <paramref name="from"/> (where the next sentence starts), or -1.</summary>
    public static int NextStart(string text, int from)
    {
        for (var i = IndexOfEnd(text, from); i >= 0; i = IndexOfEnd(text, i + 1))
        {
            var j = i + 1;
            while (j < text.Length && LineShape.IsCloser(text[j]))
            {
                j++;
            }

            if (j >= text.Length - 1)
            {
                continue;
            }

            if (text[j] != ' ')
            {
                if (j == i + 1 && i > 0 && char.IsLower(text[i - 1]) && char.IsUpper(text[j]) && (text[i] != '.' || EndsSentence(text, i)))
                {
                    return j;
                }

                continue;
            }

            if (text[i] != '.' || EndsSentence(text, i))
            {
                return j + 1;
            }
        }

        return -1;
    }

    private static int IndexOfEnd(string text, int from)
    {
        var i = text.AsSpan(from).IndexOfAny(Ends);
        return i < 0 ? -1 : from + i;
    }

    /// <summary>True when the period at <paramref name="dot"/> ends a sentence (the word before it is no abbreviation).</summary>
    private static bool EndsSentence(string text, int dot)
    {
        // Bounded look-back keeps the scan linear: a word this long is no abbreviation.
        var window = Math.Min(dot + 1, MaxWord);
        var space = text.LastIndexOf(' ', dot, window);
        if (space < 0 && dot + 1 > window)
        {
            return true;
        }

        var start = space + 1;
        var word = text.AsSpan(start, dot - start);
        while (word.Length > 0 && (LineShape.IsCloser(word[0]) || word[0] is '(' or '“' or '‘'))
        {
            word = word[1..];
        }

        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false; // an initial
        }

        if (word.Contains('.'))
        {
            return false; // U.S., Ph.D.
        }

        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
