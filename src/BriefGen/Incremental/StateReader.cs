using System.Text;

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

    /// <summary>What <see cref="StateWriter.WriteSet"/> wrote.</summary>
    public string[] ReadSet()
    {
        var texts = new string[ReadCount()];
        var number = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            number += _reader.Read7BitEncodedInt();
            texts[i] = number >= 0 && number < _strings.Length ? _strings[number] : throw new FormatException("a string number is out of range");
        }

        return texts;
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
