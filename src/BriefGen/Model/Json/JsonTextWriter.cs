using System.Buffers;
using System.Globalization;
using System.Text;

namespace BriefGen.Model.Json;

/// <summary>
/// A small indented JSON writer with the contract's exact form: 2-space indent, <c>\n</c> line ends, <c>": "</c>
/// after keys, empty lists as <c>[]</c>, and only <c>"</c>, <c>\</c> and U+0000–U+001F escaped (every other
/// character is written as itself). System.Text.Json's encoders escape more, hence this writer.
/// </summary>
internal sealed class JsonTextWriter
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create("\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");
    private readonly StringBuilder _sb;
    private readonly Stack<bool> _hasItems = new();
    private bool _afterKey;

    public JsonTextWriter(StringBuilder sb) => _sb = sb;

    public void StartObject() => Start('{');

    public void EndObject() => End('}');

    public void StartArray() => Start('[');

    public void EndArray() => End(']');

    public void Key(string name)
    {
        NextItem();
        WriteString(name);
        _sb.Append(": ");
        _afterKey = true;
    }

    public void String(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        NextItem();
        WriteString(value);
    }

    public void Null()
    {
        NextItem();
        _sb.Append("null");
    }

    public void Property(string name, string? value)
    {
        Key(name);
        String(value);
    }

    public void StringArray(string name, IReadOnlyList<string> values)
    {
        Key(name);
        StartArray();
        foreach (var v in values)
        {
            String(v);
        }

        EndArray();
    }

    private void Start(char bracket)
    {
        NextItem();
        _sb.Append(bracket);
        _hasItems.Push(false);
    }

    private void End(char bracket)
    {
        if (_hasItems.Pop())
        {
            NewLine();
        }

        _sb.Append(bracket);
    }

    /// <summary>Writes the separator and indent before a value, unless the value follows its key.</summary>
    private void NextItem()
    {
        if (_afterKey)
        {
            _afterKey = false;
            return;
        }

        if (_hasItems.Count == 0)
        {
            return;
        }

        if (_hasItems.Peek())
        {
            _sb.Append(',');
        }
        else
        {
            _hasItems.Pop();
            _hasItems.Push(true);
        }

        NewLine();
    }

    private void NewLine() => _sb.Append('\n').Append(' ', 2 * _hasItems.Count);

    private void WriteString(string value)
    {
        _sb.Append('"');
        var rest = value.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(NeedsEscape)) >= 0)
        {
            // Runs without escapes are copied whole; only the rare escaped character goes one by one.
            _sb.Append(rest[..at]);
            _ = rest[at] switch
            {
                '"' => _sb.Append("\\\""),
                '\\' => _sb.Append("\\\\"),
                '\n' => _sb.Append("\\n"),
                '\r' => _sb.Append("\\r"),
                '\t' => _sb.Append("\\t"),
                '\b' => _sb.Append("\\b"),
                '\f' => _sb.Append("\\f"),
                var c => _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
            };
            rest = rest[(at + 1)..];
        }

        _sb.Append(rest).Append('"');
    }
}
