using System.Text;

namespace BriefGen.Incremental;

/// <summary>
/// Writes the body of a build state with every string stored once, in a table written before the body: a site
/// repeats the same authors, bios, topics, programs, templates and paths across thousands of briefs and pages, so
/// the body refers to strings by number. The state is smaller, loads faster, and the briefs it loads share one
/// instance of each string.
/// </summary>
internal sealed class StateWriter : IDisposable
{
    private readonly MemoryStream _body = new();
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public StateWriter() => _writer = new BinaryWriter(_body, Encoding.UTF8, leaveOpen: true);

    /// <summary>A string, by its number in the table.</summary>
    public void Write(string text) => _writer.Write7BitEncodedInt(Number(text) + 1);

    /// <summary>A string or null (number 0).</summary>
    public void WriteOptional(string? text) => _writer.Write7BitEncodedInt(text is null ? 0 : Number(text) + 1);

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

    /// <summary>Writes the string table, then the body, to <paramref name="output"/>.</summary>
    public void CopyTo(BinaryWriter output)
    {
        _writer.Flush();
        output.Write7BitEncodedInt(_strings.Count);
        foreach (var text in _strings)
        {
            output.Write(text);
        }

        output.Write7BitEncodedInt64(_body.Length);
        output.Flush();
        _body.Position = 0;
        _body.CopyTo(output.BaseStream);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _body.Dispose();
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
