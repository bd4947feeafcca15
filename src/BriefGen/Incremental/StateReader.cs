using System.Text;
using BriefGen.Model;

namespace BriefGen.Incremental;

/// <summary>
/// Reads what <see cref="StateWriter"/> wrote: the string table first, then the body. A damaged state throws
/// <see cref="EndOfStreamException"/> or <see cref="FormatException"/>; counts are checked against the length of
/// what is left, so a damaged one cannot ask for a huge array.
/// </summary>
internal sealed class StateReader : IDisposable
{
    private readonly BinaryReader _reader;
    private readonly string[] _strings;
    private readonly long _end;
    private readonly SearchTermSet _terms = new();

    /// <summary>The vocabulary whose numbers <see cref="_termNumbers"/> gives.</summary>
    private SearchVocabulary? _termsOf;

    /// <summary>By a string's number in the table, its number in the vocabulary plus one (0 while it has none).</summary>
    private int[] _termNumbers = [];

    /// <summary>Reads the string table of the body that starts at the current position of <paramref name="input"/>.</summary>
    public StateReader(Stream input)
    {
        _reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
        var table = _reader.ReadInt64();
        var body = input.Position;
        if (table < body || table >= input.Length)
        {
            throw new FormatException("the state's string table is out of place");
        }

        input.Position = table;
        _end = input.Length;
        _strings = new string[ReadCount()];
        for (var i = 0; i < _strings.Length; i++)
        {
            _strings[i] = _reader.ReadString();
        }

        if (input.Position != input.Length)
        {
            throw new FormatException("the state has bytes after its string table");
        }

        _end = table;
        input.Position = body;
    }

    public string ReadString() => ReadOptional() ?? throw new FormatException("a required string is missing");

    public string? ReadOptional()
    {
        var number = _reader.Read7BitEncodedInt();
        return number == 0 ? null : number <= _strings.Length && number > 0 ? _strings[number - 1] : throw new FormatException("a string number is out of range");
    }

    /// <summary>
    /// What <see cref="StateWriter.WriteTerms"/> wrote: the terms by their numbers in <paramref name="vocabulary"/>, in
    /// increasing order. Each string of the table is looked up in the vocabulary once, however many bodies hold it.
    /// </summary>
    public IncreasingNumbers ReadTerms(SearchVocabulary vocabulary)
    {
        if (!ReferenceEquals(vocabulary, _termsOf))
        {
            (_termsOf, _termNumbers) = (vocabulary, new int[_strings.Length]);
        }

        var count = ReadCount();
        var number = 0;
        for (var i = 0; i < count; i++)
        {
            number += _reader.Read7BitEncodedInt();
            if (number < 0 || number >= _strings.Length)
            {
                throw new FormatException("a string number is out of range");
            }

            ref var term = ref _termNumbers[number];
            if (term == 0)
            {
                term = vocabulary.Number(_strings[number]) + 1;
            }

            _terms.Add(term - 1);
        }

        return _terms.TakeIncreasing();
    }

    /// <summary>A count, at most the number of bytes left in the body or table (every item takes at least one).</summary>
    public int ReadCount()
    {
        var count = _reader.Read7BitEncodedInt();
        return count >= 0 && count <= _end - _reader.BaseStream.Position ? count : throw new FormatException("a count is out of range");
    }

    public long ReadInt64() => _reader.ReadInt64();

    public bool ReadBoolean() => _reader.ReadBoolean();

    public byte ReadByte() => _reader.ReadByte();

    public UInt128 ReadHash() => new(_reader.ReadUInt64(), _reader.ReadUInt64());

    public void Dispose() => _reader.Dispose();
}
