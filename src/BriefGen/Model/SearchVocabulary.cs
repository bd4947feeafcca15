using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefGen.Model;

/// <summary>
/// Search terms numbered once each, in order of first meeting. Ten thousand briefs share a few tens of thousands of
/// words, so a brief keeps its body's terms as numbers (<see cref="SearchBody.Terms"/>): a byte or two each, and no
/// reference for the garbage collector to trace, where strings held millions of references. Numbers say nothing about
/// order and never leave the process: what is written sorts by <see cref="Text"/>, and the seed cache stores the terms
/// themselves. It only grows, so its owner (the generator's build state memory) replaces it once it holds far more
/// terms than the site uses; a body numbered by another vocabulary is renumbered (<see cref="SearchBody.In"/>).
/// Thread-safe.
/// </summary>
internal sealed class SearchVocabulary
{
    private readonly ConcurrentDictionary<string, int> _numbers;
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numbersBySpan;
    private readonly Texts _byNumber = new();
    private readonly ThreadLocal<RecentTerms> _recent;

    /// <summary>An empty vocabulary.</summary>
    public SearchVocabulary()
    {
        _numbers = new(StringComparer.Ordinal);
        _numbersBySpan = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _recent = new(() => new RecentTerms(this));
    }

    /// <summary>How many terms are numbered: every number handed out so far is below it.</summary>
    public int Count => _byNumber.Count;

    /// <summary>
    /// What numbers terms on this thread: a body's words are looked up one by one, most of them common, so each thread
    /// first asks the terms it met lately. Taken once per text, as finding a thread's own object costs a word's lookup.
    /// </summary>
    public RecentTerms Recent => _recent.Value!;

    /// <summary>The number of <paramref name="term"/>, numbering it if it is new.</summary>
    public int Number(ReadOnlySpan<char> term) => Recent.Number(term);

    /// <summary>The number of <paramref name="term"/>, numbering it if it is new.</summary>
    public int Number(string term) => _numbers.TryGetValue(term, out var number) ? number : Add(term);

    /// <summary>The term numbered <paramref name="number"/>.</summary>
    public string Text(int number) => _byNumber[number];

    private int Shared(ReadOnlySpan<char> term) => _numbersBySpan.TryGetValue(term, out var number) ? number : Add(term.ToString());

    private int Add(string term)
    {
        lock (_byNumber)
        {
            if (_numbers.TryGetValue(term, out var known))
            {
                return known;
            }

            var number = _byNumber.Append(term);
            _numbers[term] = number;
            return number;
        }
    }

    /// <summary>
    /// The terms by number: appended under a lock, read without one. An array grows by copying, and a term is stored
    /// before its number is handed out, so whoever holds a number reads an array that holds its term.
    /// </summary>
    private sealed class Texts
    {
        private string[] _items = new string[1024];
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string this[int number] => Volatile.Read(ref _items)[number];

        /// <summary>Stores <paramref name="term"/> under the next number (the caller holds the lock) and gives that number.</summary>
        public int Append(string term)
        {
            var number = _count;
            if (number == _items.Length)
            {
                var grown = new string[number * 2];
                Array.Copy(_items, grown, number);
                Volatile.Write(ref _items, grown);
            }

            _items[number] = term;
            Volatile.Write(ref _count, number + 1);
            return number;
        }
    }

    /// <summary>
    /// One thread's numbers of the terms it met lately: a table of fixed size where a term has one slot, by its hash,
    /// and a newer term takes the slot over. Cheaper to ask than the shared, thread-safe dictionary, and it holds only
    /// strings of its own vocabulary, so it goes with it.
    /// </summary>
    internal sealed class RecentTerms(SearchVocabulary vocabulary)
    {
        private const int SlotBits = 14;
        private readonly string?[] _texts = new string?[1 << SlotBits];
        private readonly int[] _numbers = new int[1 << SlotBits];

        /// <summary>The number of <paramref name="term"/>, numbering it if it is new.</summary>
        public int Number(ReadOnlySpan<char> term)
        {
            var slot = (int)(Hash(term) >> (64 - SlotBits));
            if (_texts[slot] is { } text && term.SequenceEqual(text))
            {
                return _numbers[slot];
            }

            var number = vocabulary.Shared(term);
            (_texts[slot], _numbers[slot]) = (vocabulary.Text(number), number);
            return number;
        }

        /// <summary>
        /// A term's characters eight bytes at a time, each mixed in by a multiplication that carries every bit into the
        /// top ones, which choose the slot: a term is a few characters, where hashing them one by one cost a multiplication each.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Hash(ReadOnlySpan<char> term)
        {
            const ulong Multiplier = 0x9E3779B97F4A7C15; // 2^64 divided by the golden ratio, odd
            ref var start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(term));
            var (hash, length, at) = ((ulong)term.Length, term.Length * sizeof(char), 0);
            for (; at + sizeof(ulong) <= length; at += sizeof(ulong))
            {
                hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, at))) * Multiplier;
            }

            if (at + sizeof(uint) <= length)
            {
                hash = (hash ^ Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, at))) * Multiplier;
                at += sizeof(uint);
            }

            return at == length ? hash : (hash ^ Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref start, at))) * Multiplier;
        }
    }
}
