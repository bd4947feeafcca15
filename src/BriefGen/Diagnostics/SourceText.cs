namespace BriefGen.Diagnostics;

/// <summary>
/// The decoded text of one input file with its line starts, so a reader can turn a character offset into the
/// 1-based line and column a diagnostic needs. Line ends may be <c>\n</c>, <c>\r\n</c> or <c>\r</c>. The line
/// starts are found on first use: most readers never ask for them. Thread-safe.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Wraps decoded text (without a BOM) read from <paramref name="path"/>.</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
    }

    /// <summary>The path used in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The number of lines (a final line end does not start a new line).</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>The 0-based offset at which a 0-based line starts.</summary>
    public int LineStart(int lineIndex) => LineStarts[lineIndex];

    /// <summary>The 1-based line of a 0-based character offset.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(LineStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>The 1-based column of a 0-based character offset.</summary>
    public int ColumnOf(int offset) => offset - LineStarts[LineOf(offset) - 1] + 1;

    // Two threads may both compute them; either result is the same.
    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('\r', '\n'); i >= 0;)
        {
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            if (i + 1 < span.Length)
            {
                starts.Add(i + 1);
            }

            var next = span[(i + 1)..].IndexOfAny('\r', '\n');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return [.. starts];
    }
}
