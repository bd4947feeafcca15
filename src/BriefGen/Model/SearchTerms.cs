using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    [ThreadStatic]
    private static char[]? t_lowered;

    [ThreadStatic]
    private static ulong[]? t_wordChars;

    /// <summary>The longest term kept: a longer run of letters is no word anyone types.</summary>
    private const int MaxLength = 64;

    /// <summary>The ASCII bit that makes a capital letter small, and leaves a digit or a small letter as it is.</summary>
    private const ushort LowerCaseBit = 0x20;

    /// <summary>Each ASCII character in lower case when it is a letter or a digit, else 0: what a word is made of.</summary>
    private static readonly char[] s_asciiWordChars = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0')];

    /// <summary>Adds the number in <paramref name="vocabulary"/> of every term of <paramref name="text"/> to <paramref name="terms"/>.</summary>
    public static void AddTo(SearchVocabulary vocabulary, SearchTermSet terms, string? text)
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
    /// The common case, most bodies being ASCII: the text's letters are lower-cased and its word characters (ASCII
    /// letters and digits) marked a bit each, sixteen characters at a time, then each run of marked bits is a word.
    /// </summary>
    private static void AddAsciiTo(SearchVocabulary vocabulary, SearchTermSet terms, ReadOnlySpan<char> text)
    {
        var (lowered, wordChars) = MarkWords(text);
        var recent = vocabulary.Recent;
        for (var start = NextWordChar(wordChars, 0, text.Length); start < text.Length; start = NextWordChar(wordChars, start, text.Length))
        {
            var end = NextOtherChar(wordChars, start, text.Length);
            if (end - start <= MaxLength)
            {
                terms.Add(recent.Number(lowered.AsSpan(start, end - start)));
            }

            start = end;
        }
    }

    /// <summary>
    /// The ASCII <paramref name="text"/> with its letters in lower case and every character that is no letter or digit
    /// as 0, and a bit per character set for the letters and digits; both the thread's, used again for the next text.
    /// </summary>
    private static (char[] Lowered, ulong[] WordChars) MarkWords(ReadOnlySpan<char> text)
    {
        var lowered = t_lowered is { } kept && kept.Length >= text.Length ? kept : t_lowered = new char[Math.Max(text.Length, 1024)];
        var words = (text.Length + 63) / 64;
        var bits = t_wordChars is { } keptBits && keptBits.Length >= words ? keptBits : t_wordChars = new ulong[Math.Max(words, 16)];
        Array.Clear(bits, 0, words);
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(lowered));
            for (; i + (2 * Vector128<ushort>.Count) <= text.Length; i += 2 * Vector128<ushort>.Count)
            {
                var first = LowerWordChars(ref source, ref target, i);
                var second = LowerWordChars(ref source, ref target, i + Vector128<ushort>.Count);
                bits[i / 64] |= (ulong)Vector128.Narrow(first, second).ExtractMostSignificantBits() << (i % 64);
            }
        }

        for (; i < text.Length; i++)
        {
            lowered[i] = s_asciiWordChars[text[i]];
            bits[i / 64] |= lowered[i] == '\0' ? 0 : 1UL << (i % 64);
        }

        return (lowered, bits);
    }

    /// <summary>
    /// Stores the eight characters at <paramref name="at"/> lower-cased, 0 for all but letters and digits, and gives
    /// which are letters or digits (all bits set in their lanes).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> LowerWordChars(ref ushort source, ref ushort target, int at)
    {
        var chars = Vector128.LoadUnsafe(ref source, (nuint)at);
        var lower = chars | Vector128.Create(LowerCaseBit);
        var isWordChar = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')))
            | Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)('9' - '0')));
        (lower & isWordChar).StoreUnsafe(ref target, (nuint)at);
        return isWordChar;
    }

    /// <summary>The first marked character at or after <paramref name="from"/>, or <paramref name="length"/> when none is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextWordChar(ulong[] bits, int from, int length) => Next(bits, from, length, 0);

    /// <summary>The first unmarked character at or after <paramref name="from"/>, or <paramref name="length"/> when none is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextOtherChar(ulong[] bits, int from, int length) => Next(bits, from, length, ulong.MaxValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Next(ulong[] bits, int from, int length, ulong flip)
    {
        var (word, last) = (from / 64, (length - 1) / 64);
        if (from >= length)
        {
            return length;
        }

        var current = (bits[word] ^ flip) & (ulong.MaxValue << (from % 64));
        while (current == 0)
        {
            if (++word > last)
            {
                return length;
            }

            current = bits[word] ^ flip;
        }

        return Math.Min(length, (word * 64) + BitOperations.TrailingZeroCount(current));
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
