using BriefGen.Model;

namespace BriefGen.Incremental;

/// <summary>
/// Writes the body of a build state with every string stored once, in a table written after the body (its offset
/// comes first, so the body streams straight to the file instead of through a buffer of the whole state): a site
/// repeats the same authors, bios, topics, programs, templates and paths across thousands of briefs and pages, so
/// the body refers to strings by number. The state is smaller, loads faster, and the briefs it loads share one
/// instance of each string.
/// </summary>
internal sealed class StateWriter
{
    private readonly BinaryWriter _writer;
    private readonly long _tableOffsetAt;
    private readonly Dictionary<string, int> _numbers;
    private readonly List<string> _strings;

    /// <summary>The vocabulary whose terms <see cref="_termNumbers"/> gives the table's numbers of: the first one met.</summary>
    private SearchVocabulary? _termsOf;

    /// <summary>By a term's number in the vocabulary, its number in the table plus one (0 while it has none).</summary>
    private int[] _termNumbers = [];

    private int[] _termBuffer = [];

    /// <summary>
    /// Starts the body at the current position of <paramref name="output"/> (a seekable stream), sized for about
    /// <paramref name="expectedStrings"/> distinct strings.
    /// </summary>
    public StateWriter(BinaryWriter output, int expectedStrings)
    {
        _numbers = new(expectedStrings, StringComparer.Ordinal);
        _strings = new(expectedStrings);
        _writer = output;
        _tableOffsetAt = output.BaseStream.Position;
        output.Write(0L); // the table's offset, once known
    }

    /// <summary>A string, by its number in the table.</summary>
    public void Write(string text) => _writer.Write7BitEncodedInt(Number(text) + 1);

    /// <summary>A string or null (number 0).</summary>
    public void WriteOptional(string? text) => _writer.Write7BitEncodedInt(text is null ? 0 : Number(text) + 1);

    /// <summary>
    /// Numbers the search terms of <paramref name="bodies"/> in the table in the order of their numbers in the
    /// vocabulary (that of the first body), before their sets are written (<see cref="WriteTerms"/>): a body's terms,
    /// in increasing vocabulary number, then come in increasing table number, and need no sort.
    /// </summary>
    public void NumberTermsAhead(IEnumerable<SearchBody?> bodies)
    {
        var (used, vocabulary) = (new SearchTermSet(), (SearchVocabulary?)null);
        foreach (var body in bodies)
        {
            if (body is not null && (vocabulary ??= body.Vocabulary) == body.Vocabulary)
            {
                foreach (var term in body.Terms)
                {
                    used.Add(term);
                }
            }
        }

        foreach (var term in used.TakeSorted())
        {
            TermNumber(vocabulary!, term);
        }
    }

    /// <summary>
    /// A body's search terms as strings of the table: their count, then their numbers in increasing order, each as the
    /// gap from the one before, a byte or two where a number takes up to three.
    /// </summary>
    public void WriteTerms(SearchBody body)
    {
        if (_termBuffer.Length < body.Terms.Count)
        {
            _termBuffer = new int[body.Terms.Count];
        }

        var numbers = _termBuffer.AsSpan(0, body.Terms.Count);
        var (increasing, i) = (true, 0);
        foreach (var term in body.Terms)
        {
            numbers[i] = TermNumber(body.Vocabulary, term);
            increasing &= i == 0 || numbers[i] > numbers[i - 1];
            i++;
        }

        if (!increasing)
        {
            numbers.Sort();
        }

        _writer.Write7BitEncodedInt(numbers.Length);
        var previous = 0;
        foreach (var number in numbers)
        {
            _writer.Write7BitEncodedInt(number - previous);
            previous = number;
        }
    }

    /// <summary>A count or small number, seven bits per byte.</summary>
    public void WriteCount(int count) => _writer.Write7BitEncodedInt(count);

    public void Write(long value) => _writer.Write(value);

    public void Write(bool value) => _writer.Write(value);

    public void Write(byte value) => _writer.Write(value);

    public void Write(UInt128 hash)
    {
        _writer.Write((ulong)(hash >> 64));
        _writer.Write((ulong)hash);
    }

    /// <summary>Ends the body: writes the string table and, before the body, where it starts.</summary>
    public void Finish()
    {
        var stream = _writer.BaseStream;
        var table = stream.Position;
        _writer.Write7BitEncodedInt(_strings.Count);
        foreach (var text in _strings)
        {
            _writer.Write(text);
        }

        _writer.Flush();
        stream.Position = _tableOffsetAt;
        _writer.Write(table);
        _writer.Flush();
        stream.Seek(0, SeekOrigin.End);
    }

    /// <summary>
    /// The table's number of the term numbered <paramref name="term"/> in <paramref name="vocabulary"/>: through an
    /// array for the first vocabulary met (a state's bodies share one), by its text for a body numbered otherwise.
    /// </summary>
    private int TermNumber(SearchVocabulary vocabulary, int term)
    {
        if (!ReferenceEquals(vocabulary, _termsOf ??= vocabulary))
        {
            return Number(vocabulary.Text(term));
        }

        if (term >= _termNumbers.Length)
        {
            Array.Resize(ref _termNumbers, Math.Max(term + 1, vocabulary.Count));
        }

        ref var number = ref _termNumbers[term];
        if (number == 0)
        {
            number = Number(vocabulary.Text(term)) + 1;
        }

        return number - 1;
    }

    private int Number(string text)
    {
        if (!_numbers.TryGetValue(text, out var number))
        {
            number = _strings.Count;
            _numbers.Add(text, number);
            _strings.Add(text);
        }

        return number;
    }
}
