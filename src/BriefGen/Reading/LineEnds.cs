namespace BriefGen.Reading;

/// <summary>Line-end helpers. Turning <c>\r\n</c> and <c>\r</c> into <c>\n</c> keeps every line and column number.</summary>
internal static class LineEnds
{
    /// <summary>The text with every <c>\r\n</c> and lone <c>\r</c> replaced by <c>\n</c>.</summary>
    public static string ToLf(string text)
    {
        if (text.IndexOf('\r') < 0)
        {
            return text; // the common case: no copy
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>Removes leading and trailing <c>\n</c> (Markdown block source keeps everything else as written).</summary>
    public static string TrimBlankEdges(string text) => ToLf(text).Trim('\n');
}
