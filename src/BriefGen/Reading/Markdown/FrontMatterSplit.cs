namespace BriefGen.Reading.Markdown;

/// <summary>
/// A Markdown seed cut into its YAML front matter and its body. The front matter opens with <c>---</c> on the
/// first line and closes at the next line that is <c>---</c> (or YAML's <c>...</c>); trailing spaces are allowed.
/// </summary>
/// <param name="Opened">True when the first line is <c>---</c>.</param>
/// <param name="Closed">True when a closing line was found.</param>
/// <param name="Yaml">The text between the two lines (empty when not closed).</param>
/// <param name="BodyStart">The offset of the text after the closing line (the body), which is not copied out.</param>
/// <param name="BodyLineIndex">The 0-based file line on which the body starts.</param>
internal sealed record FrontMatterSplit(bool Opened, bool Closed, string Yaml, int BodyStart, int BodyLineIndex)
{
    /// <summary>Splits LF-only text (see <see cref="LineEnds.ToLf"/>).</summary>
    public static FrontMatterSplit Of(string text)
    {
        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstEnd);
        if (!IsFence(firstLine, closing: false) || firstEnd < 0)
        {
            return new FrontMatterSplit(IsFence(firstLine, closing: false), false, string.Empty, 0, 0);
        }

        var lineIndex = 1;
        for (var start = firstEnd + 1; start <= text.Length; lineIndex++)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            if (IsFence(line, closing: true))
            {
                var yaml = text[(firstEnd + 1)..start];
                return new FrontMatterSplit(true, true, yaml, end < 0 ? text.Length : end + 1, lineIndex + 1);
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return new FrontMatterSplit(true, false, string.Empty, text.Length, 0);
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool closing)
    {
        var trimmed = line.TrimEnd(" \t");
        return trimmed is "---" || (closing && trimmed is "...");
    }
}
