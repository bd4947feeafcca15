namespace BriefGen.Reading.Markdown;

/// <summary>
/// The lines of an LF-only Markdown body as offsets into the text that holds it, so neither the body nor a block's
/// source is copied out more than once, and the body is never split into line strings. A final <c>\n</c> is followed
/// by one empty line.
/// </summary>
internal sealed class BodyLines
{
    private readonly string _text;
    private readonly int _start;
    private readonly List<int> _starts;

    /// <summary>The lines of the body that fills <paramref name="text"/> from offset <paramref name="start"/> to its end.</summary>
    public BodyLines(string text, int start)
    {
        _text = text;
        _start = start;
        _starts = new List<int>((text.Length - start) / 40 + 1) { start };
        for (var i = text.IndexOf('\n', start); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _starts.Add(i + 1);
        }
    }

    /// <summary>The number of lines.</summary>
    public int Count => _starts.Count;

    /// <summary>The 0-based line holding a 0-based offset into the body.</summary>
    public int LineOf(int offset)
    {
        var i = _starts.BinarySearch(_start + offset);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>One line, without its <c>\n</c>.</summary>
    public ReadOnlySpan<char> Line(int index) => _text.AsSpan(_starts[index], End(index) - _starts[index]);

    /// <summary>True when the line is empty or white space only.</summary>
    public bool IsBlank(int index) => Line(index).IsWhiteSpace();

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> (inclusive) as written, joined by <c>\n</c>.</summary>
    public string Text(int first, int last) => _text[_starts[first]..End(last)];

    /// <summary><paramref name="count"/> lines from <paramref name="first"/> joined by <paramref name="separator"/>.</summary>
    public string Joined(int first, int count, char separator)
        => count == 0 ? string.Empty : Text(first, first + count - 1).Replace('\n', separator);

    private int End(int index) => index + 1 < _starts.Count ? _starts[index + 1] - 1 : _text.Length;
}
