using System.Collections.Concurrent;

namespace BriefGen.Model;

/// <summary>
/// Search terms numbered once each, in order of first meeting. Ten thousand briefs share a few tens of thousands of
/// words, so a brief keeps its body's terms as numbers (<see cref="SearchBody.Terms"/>): four bytes each and no
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
            var slot = Slot(term);
            if (_texts[slot] is { } text && term.SequenceEqual(text))
            {
                return _numbers[slot];
            }

            var number = vocabulary.Shared(term);
            (_texts[slot], _numbers[slot]) = (vocabulary.Text(number), number);
            return number;
        }

        /// <summary>FNV-1a over the characters, its top bits (multiplied by the golden ratio) for the slot.</summary>
        private static int Slot(ReadOnlySpan<char> term)
        {
            var hash = 2166136261u;
            foreach (var c in term)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)((hash * 2654435769u) >> (32 - SlotBits));
        }
    }
}
