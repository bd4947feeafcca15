using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace BriefGen.Model;

/// <summary>
/// The words full-text search matches: text is decomposed (NFD), its combining marks dropped, lower-cased, and split
/// on every character that is not a letter or a number. The site's search script (<c>_assets/search.js</c>) normalises
/// a query the same way, so <c>Égalité</c> typed or written is the term <c>egalite</c> on both sides.
/// </summary>
internal static class SearchTerms
{
    // One instance of each term for the whole process: ten thousand briefs share a few thousand words.
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PoolBySpan = Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Calls <paramref name="add"/> with every term of <paramref name="text"/>, in order, repeats included.</summary>
    public static void Each(string? text, Action<string> add)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var width = 1;
            if (i < folded.Length && IsWordChar(folded, i, out width))
            {
                start = start < 0 ? i : start;
                i += width - 1;
            }
            else if (start >= 0)
            {
                add(Intern(folded.AsSpan(start, i - start)));
                start = -1;
            }
        }
    }

    /// <summary>The distinct terms of <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var terms = new List<string>();
        Each(text, terms.Add);
        return [.. terms.Distinct()];
    }

    /// <summary>Decomposed, without combining marks, lower case; ASCII text needs only the last step.</summary>
    private static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

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
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        return Rune.IsLetter(rune) || Rune.IsNumber(rune);
    }

    private static string Intern(ReadOnlySpan<char> term)
    {
        if (PoolBySpan.TryGetValue(term, out var known))
        {
            return known;
        }

        var text = term.ToString();
        return Pool.GetOrAdd(text, text);
    }
}
