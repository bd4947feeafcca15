namespace BriefGen.Model;

/// <summary>
/// Numbers in increasing order (a body's term numbers, <see cref="SearchBody.Terms"/>) stored as the gaps between
/// them, seven bits to a byte: a gap between the terms of one body takes a byte or two where a number took four, and a
/// 100,000-brief site holds some fifty million of them. Read in order only.
/// </summary>
internal sealed class IncreasingNumbers
{
    private readonly byte[] _gaps;

    private IncreasingNumbers(byte[] gaps, int count) => (_gaps, Count) = (gaps, count);

    /// <summary>No numbers.</summary>
    public static IncreasingNumbers Empty { get; } = new([], 0);

    /// <summary>How many numbers there are.</summary>
    public int Count { get; }

    /// <summary>The numbers <paramref name="increasing"/>, each greater than the one before (and the first 0 or more).</summary>
    public static IncreasingNumbers Of(ReadOnlySpan<int> increasing)
    {
        if (increasing.IsEmpty)
        {
            return Empty;
        }

        var (length, previous) = (0, 0);
        foreach (var number in increasing)
        {
            length += SevenBitNumber.Length((uint)(number - previous));
            previous = number;
        }

        var gaps = new byte[length];
        var at = 0;
        previous = 0;
        foreach (var number in increasing)
        {
            at += SevenBitNumber.Write(gaps.AsSpan(at), (uint)(number - previous));
            previous = number;
        }

        return new IncreasingNumbers(gaps, increasing.Length);
    }

    /// <summary>The numbers, in increasing order.</summary>
    public Enumerator GetEnumerator() => new(new SevenBitNumbers(_gaps).GetEnumerator());

    /// <summary>Walks the gaps, adding each to the number before.</summary>
    public struct Enumerator(SevenBitNumbers.Enumerator gaps)
    {
        /// <summary>The number reached.</summary>
        public int Current { get; private set; }

        /// <summary>Steps to the next number; false after the last.</summary>
        public bool MoveNext()
        {
            if (!gaps.MoveNext())
            {
                return false;
            }

            Current += (int)gaps.Current;
            return true;
        }
    }
}
