namespace BriefGen.Reading.PageDump;

/// <summary>
/// The shape of a person's name in bios and bylines: capitalised words (letters, hyphens, apostrophes, and
/// periods for initials and abbreviations such as <c>T.</c>, <c>Jr.</c>, <c>Dr.</c>), optionally with lower-case
/// particles inside (<c>de</c>, <c>van</c>, <c>al</c>…) or joined to a word (<c>al-Zahra</c>, <c>d’Estaing</c>). A bio name has 2–7 words and does not start with a
/// pronoun or article, so <c>She is …</c> or <c>The Council is …</c> never starts an author.
/// </summary>
internal static class PersonName
{
    private const int MaxWords = 7;

    /// <summary>No name word is longer; the bound keeps every scan linear in the paragraph's length.</summary>
    private const int MaxWordLength = 40;

    private static readonly string[] Verbs = [" is ", " was ", " serves as "];

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "ten",
        "la", "le", "bin", "binti", "bint", "ibn", "al", "el", "y", "e", "zu", "af", "av",
    };

    private static readonly HashSet<string> NotFirst = new(StringComparer.Ordinal)
    {
        "He", "She", "They", "It", "We", "I", "You", "This", "That", "These", "Those", "There", "Here", "The", "A",
        "His", "Her", "Their", "Its", "Our", "My", "Your", "Who", "What", "Which", "Each", "Every", "Both",
        "All", "Some", "One", "In", "On", "At", "As", "For", "From", "With", "By", "After", "Before", "Since",
        "When", "While", "If", "Today", "Now",
    };

    /// <summary>
    /// True when <paramref name="text"/> at <paramref name="start"/> reads <c>&lt;Name&gt; is|was|serves as …</c>;
    /// <paramref name="nameEnd"/> is where the name ends.
    /// </summary>
    public static bool StartsBio(string text, int start, out int nameEnd)
    {
        nameEnd = start;
        var pos = start;
        for (var words = 1; words <= MaxWords; words++)
        {
            var end = pos < text.Length ? text.IndexOf(' ', pos, Math.Min(MaxWordLength, text.Length - pos)) : -1;
            if (end < 0)
            {
                return false;
            }

            var word = text.AsSpan(pos, end - pos);
            var particle = IsParticle(word);
            if (!(particle ? words > 1 : IsCapitalisedWord(word) || IsJoinedParticle(word)) || (words == 1 && NotFirst.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            {
                return false;
            }

            if (words >= 2 && !particle && FollowsVerb(text, end))
            {
                nameEnd = end;
                return true;
            }

            pos = end + 1;
        }

        return false;
    }

    /// <summary>True when a whole string (a byline entry) is shaped like a name of 1–7 words.</summary>
    public static bool IsName(string text)
    {
        var words = text.Split(' ');
        if (words.Length > MaxWords || words[0].Length == 0 || NotFirst.Contains(words[0]))
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var particle = IsParticle(words[i]) && i > 0 && i < words.Length - 1;
            if (!particle && !IsCapitalisedWord(words[i]) && !IsJoinedParticle(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool FollowsVerb(string text, int at)
    {
        foreach (var verb in Verbs)
        {
            if (string.CompareOrdinal(text, at, verb, 0, verb.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticle(ReadOnlySpan<char> word)
        => Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A particle joined to a capitalised word: <c>al-Zahra</c>, <c>d’Estaing</c>, <c>bin-Salman</c>.</summary>
    private static bool IsJoinedParticle(ReadOnlySpan<char> word)
    {
        var join = word.IndexOfAny('-', '\'', '’');
        return join > 0 && join < word.Length - 1
               && (IsParticle(word[..join]) || word[..join] is "d" or "l")
               && IsCapitalisedWord(word[(join + 1)..]);
    }

    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]) || word[^1] is '-' or '\'' or '’')
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                return false;
            }
        }

        return true;
    }
}
