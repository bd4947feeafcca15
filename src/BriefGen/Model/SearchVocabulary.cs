using System.Collections.Concurrent;

namespace BriefGen.Model;

/// <summary>
/// Every search term the process has met, numbered once in order of first meeting. Ten thousand briefs share a few
/// tens of thousands of words, so a brief keeps its body's terms as numbers (<see cref="SearchBody.Terms"/>): four bytes
/// each and no reference for the garbage collector to trace, where strings held millions of references. Numbers say
/// nothing about order; what is written sorts by <see cref="Text"/>, and the seed cache stores the terms themselves.
/// Like an intern pool, it is shared by every build of the process and changes no build's output. Thread-safe.
/// </summary>
internal static class SearchVocabulary
{
    private static readonly ConcurrentDictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumbersBySpan = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Texts ByNumber = new();

    /// <summary>How many terms are numbered: every number handed out so far is below it.</summary>
    public static int Count => ByNumber.Count;

    /// <summary>The number of <paramref name="term"/>, numbering it if it is new.</summary>
    public static int Number(ReadOnlySpan<char> term) => NumbersBySpan.TryGetValue(term, out var number) ? number : Add(term.ToString());

    /// <summary>The number of <paramref name="term"/>, numbering it if it is new.</summary>
    public static int Number(string term) => Numbers.TryGetValue(term, out var number) ? number : Add(term);

    /// <summary>The term numbered <paramref name="number"/>.</summary>
    public static string Text(int number) => ByNumber[number];

    private static int Add(string term)
    {
        lock (ByNumber)
        {
            if (Numbers.TryGetValue(term, out var known))
            {
                return known;
            }

            var number = ByNumber.Append(term);
            Numbers[term] = number;
            return number;
        }
    }

    /// <summary>
    /// The terms by number: appended under a lock, read without one. An array grows by copying, and a term is stored
    /// before its number is handed out, so whoever holds a number reads an array that holds its term.
    /// </summary>
    private sealed class Texts
    {
        private string[] _items = new string[4096];
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
}
