namespace BriefGen.Model;

/// <summary>
/// Unsigned numbers, each in bytes of seven bits, low bits first, the top bit saying another byte follows: what a list
/// of mostly small numbers takes a byte or two each in, where an <see cref="int"/> takes four.
/// </summary>
/// <param name="bytes">The numbers, one after the other.</param>
internal readonly struct SevenBitNumbers(byte[] bytes)
{
    /// <summary>The numbers as stored.</summary>
    public ReadOnlySpan<byte> Bytes => bytes;

    /// <summary>The numbers, in order.</summary>
    public Enumerator GetEnumerator() => new(bytes);

    /// <summary>Reads one number after the other.</summary>
    public struct Enumerator(byte[] bytes)
    {
        private int _at;

        /// <summary>The number read last.</summary>
        public uint Current { get; private set; }

        /// <summary>Reads the next number; false after the last.</summary>
        public bool MoveNext()
        {
            if (_at == bytes.Length)
            {
                return false;
            }

            Current = SevenBitNumber.Read(bytes, ref _at);
            return true;
        }
    }
}

/// <summary>An unsigned number in bytes of seven bits each, low bits first; the top bit says another byte follows.</summary>
internal static class SevenBitNumber
{
    /// <summary>The bytes <paramref name="value"/> takes.</summary>
    public static int Length(uint value) => value < 1u << 7 ? 1 : value < 1u << 14 ? 2 : value < 1u << 21 ? 3 : value < 1u << 28 ? 4 : 5;

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="target"/>; gives the bytes written.</summary>
    public static int Write(Span<byte> target, uint value)
    {
        var at = 0;
        for (; value >= 0x80; value >>= 7)
        {
            target[at++] = (byte)(value | 0x80);
        }

        target[at++] = (byte)value;
        return at;
    }

    /// <summary>Reads the number at <paramref name="at"/> of <paramref name="source"/>, moving <paramref name="at"/> past it.</summary>
    public static uint Read(ReadOnlySpan<byte> source, ref int at)
    {
        var (value, shift) = (0u, 0);
        byte next;
        do
        {
            next = source[at++];
            value |= (uint)(next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80);

        return value;
    }
}
