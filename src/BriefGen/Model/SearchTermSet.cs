using System.Numerics;

namespace BriefGen.Model;

/// <summary>
/// The distinct term numbers (<see cref="SearchVocabulary"/>) of one text, filled, taken in increasing order and so
/// emptied, then used for the next text. A bit per number says whether it is in, and the numbers are kept as they come.
/// Ten thousand bodies of a few hundred distinct terms each made a hash set per body and its sort the largest share of
/// taking a body's terms; the bits are read in order instead, where they are few enough to beat a sort. Not
/// thread-safe: one per thread.
/// </summary>
internal sealed class SearchTermSet
{
    private const int BitsPerWord = 64;

    /// <summary>
    /// Reading one word of bits costs about what placing one number in a sort does (a comparison or two, a move):
    /// the bits are read when there are at most this many words of them per number, else the numbers are sorted.
    /// </summary>
    private const int WordsPerNumberToScan = 8;

    private ulong[] _bits = new ulong[256];
    private int[] _numbers = new int[256];
    private int[] _sorted = new int[256];
    private int _count;
    private int _lowest = int.MaxValue;
    private int _highest = -1;

    /// <summary>How many numbers the set holds.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="term"/> (a term's number, zero or more) unless the set holds it.</summary>
    public void Add(int term)
    {
        var word = term / BitsPerWord;
        if (word >= _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(word + 1, _bits.Length * 2));
        }

        var bit = 1UL << (term % BitsPerWord);
        if ((_bits[word] & bit) != 0)
        {
            return;
        }

        _bits[word] |= bit;
        if (_count == _numbers.Length)
        {
            Array.Resize(ref _numbers, _count * 2);
        }

        _numbers[_count++] = term;
        _lowest = Math.Min(_lowest, term);
        _highest = Math.Max(_highest, term);
    }

    /// <summary>The numbers in increasing order; the set is empty afterwards.</summary>
    public int[] TakeSorted() => Take().ToArray();

    /// <summary>The numbers, stored as the gaps between them; the set is empty afterwards.</summary>
    public IncreasingNumbers TakeIncreasing() => IncreasingNumbers.Of(Take());

    /// <summary>The numbers in increasing order, in a buffer the set uses again; the set is empty afterwards.</summary>
    private ReadOnlySpan<int> Take()
    {
        if (_sorted.Length < _count)
        {
            _sorted = new int[_numbers.Length];
        }

        var sorted = _sorted.AsSpan(0, _count);
        var (first, last) = (_lowest / BitsPerWord, _highest / BitsPerWord);
        if (last - first < (long)_count * WordsPerNumberToScan)
        {
            var next = 0;
            for (var word = first; word <= last; word++)
            {
                for (var bits = _bits[word]; bits != 0; bits &= bits - 1)
                {
                    sorted[next++] = (word * BitsPerWord) + BitOperations.TrailingZeroCount(bits);
                }

                _bits[word] = 0;
            }
        }
        else
        {
            _numbers.AsSpan(0, _count).CopyTo(sorted);
            foreach (var term in sorted)
            {
                _bits[term / BitsPerWord] = 0;
            }

            sorted.Sort();
        }

        (_count, _lowest, _highest) = (0, int.MaxValue, -1);
        return sorted;
    }
}
