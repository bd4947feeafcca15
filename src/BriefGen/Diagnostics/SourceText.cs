namespace BriefGen.Diagnostics;

/// <summary>
/// The decoded text of one input file with its line starts, so a reader can turn a character offset into the
/// 1-based line and column a diagnostic needs. Line ends may be <c>\n</c>, <c>\r\n</c> or <c>\r</c>.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps decoded text (without a BOM) read from <paramref name="path"/>.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path used in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of lines (a final line end does not start a new line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based offset at which a 0-based line starts.</summary>
    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>The 1-based line of a 0-based character offset.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>The 1-based column of a 0-based character offset.</summary>
    public int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (i + 1 < text.Length)
                {
                    starts.Add(i + 1);
                }
            }
            else if (c == '\n' && i + 1 < text.Length)
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
