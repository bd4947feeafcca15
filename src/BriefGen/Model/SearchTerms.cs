using System.Buffers;
using System.Globalization;
using System.Text;

namespace BriefGen.Model;

/// <summary>
/// The words full-text search matches: text is decomposed (NFD), its combining marks dropped, lower-cased, and split
/// on every character that is not a letter or a number. The site's search script (<c>_assets/search.js</c>) normalises
/// a query the same way, so <c>Égalité</c> typed or written is the term <c>egalite</c> on both sides. A term is
/// handed out by its number in a <see cref="SearchVocabulary"/>.
/// </summary>
internal static class SearchTerms
{
    /// <summary>The longest term kept: a longer run of letters is no word anyone types.</summary>
    private const int MaxLength = 64;

    /// <summary>The ASCII bit that makes a capital letter small, and leaves a digit or a small letter as it is.</summary>
    private const char LowerCaseBit = (char)0x20;

    /// <summary>Adds the number in <paramref name="vocabulary"/> of every term of <paramref name="text"/> to <paramref name="terms"/>.</summary>
    public static void AddTo(SearchVocabulary vocabulary, ICollection<int> terms, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (Ascii.IsValid(text))
        {
            AddAsciiTo(vocabulary, terms, text);
            return;
        }

        var folded = Fold(text);
        Span<char> word = stackalloc char[MaxLength];
        var length = 0;
        var tooLong = false;
        for (var i = 0; i <= folded.Length; i++)
        {
            var width = 1;
            if (i < folded.Length && IsWordChar(folded, i, out width))
            {
                if (length + width <= MaxLength)
                {
                    for (var k = 0; k < width; k++)
                    {
                        word[length++] = char.ToLowerInvariant(folded[i + k]);
                    }
                }
                else
                {
                    tooLong = true;
                }

                i += width - 1;
            }
            else if (length > 0)
            {
                if (!tooLong)
                {
                    terms.Add(vocabulary.Number(word[..length]));
                }

                (length, tooLong) = (0, false);
            }
        }
    }

    /// <summary>
    /// The common case, most bodies being ASCII: words are runs of ASCII letters and digits, found and lower-cased in
    /// one pass (a word is a few characters, shorter than what a vectorised search gains on).
    /// </summary>
    private static void AddAsciiTo(SearchVocabulary vocabulary, ICollection<int> terms, ReadOnlySpan<char> text)
    {
        var recent = vocabulary.Recent;
        Span<char> word = stackalloc char[MaxLength];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (length < MaxLength)
                {
                    word[length] = (char)(c | LowerCaseBit);
                }

                length++;
            }
            else if (length > 0)
            {
                AddWord(recent, terms, word, length);
                length = 0;
            }
        }

        AddWord(recent, terms, word, length);
    }

    private static void AddWord(SearchVocabulary.RecentTerms recent, ICollection<int> terms, ReadOnlySpan<char> word, int length)
    {
        if (length is > 0 and <= MaxLength)
        {
            terms.Add(recent.Number(word[..length]));
        }
    }

    /// <summary>Decomposed and without combining marks (lower case comes per character).</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return sb.ToString();
    }

    private static bool IsWordChar(string text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        return Rune.IsLetter(rune) || Rune.IsNumber(rune);
    }
}
