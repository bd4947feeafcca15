namespace BriefGen.Reading.Markdown;

/// <summary>
/// The top-level blocks of a body written in the plainest Markdown only, found line by line without Markdig: most
/// brief bodies are paragraphs of prose, <c>#</c> headings and <c>-</c> lists of one-line items. Conservative: a line
/// that could open, continue or close any other construct (indentation, a quote, a fence, HTML, a link reference
/// definition, a setext underline, a thematic break, another list marker or an item of another shape) sends the
/// whole body to Markdig; a randomised test holds the blocks equal to Markdig's.
/// </summary>
internal static class PlainBlocks
{
    private enum Line
    {
        Blank,
        Text,
        Item,
        Heading,
        SectionHeading,
        Other,
    }

    /// <summary>The blocks in source order, or null when Markdig must decide.</summary>
    public static List<TopLevelBlock>? TrySplit(BodyLines lines)
    {
        var blocks = new List<TopLevelBlock>();
        var open = Line.Blank; // the open block: Text (a paragraph), Item (a list) or Blank (none)
        var (first, last) = (0, 0);
        var blankSinceLast = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Classify(lines.Line(i));
            switch (line)
            {
                case Line.Other:
                    return null;
                case Line.Blank:
                    if (open == Line.Text)
                    {
                        Close();
                    }

                    blankSinceLast = true;
                    continue;
                case Line.Heading or Line.SectionHeading:
                    Close();
                    blocks.Add(new TopLevelBlock(line == Line.SectionHeading ? TopLevelKind.AtxSectionHeading : TopLevelKind.Content, i, i));
                    break;
                case Line.Text when open == Line.Text || (open == Line.Item && !blankSinceLast):
                case Line.Item when open == Line.Item:
                    last = i; // a paragraph's next line, a list item's lazy continuation, or the list's next item
                    break;
                default:
                    Close(); // a list item interrupts a paragraph; text after a blank line ends a list
                    (open, first, last) = (line, i, i);
                    break;
            }

            blankSinceLast = false;
        }

        Close();
        return blocks;

        void Close()
        {
            if (open != Line.Blank)
            {
                blocks.Add(new TopLevelBlock(TopLevelKind.Content, first, last));
                open = Line.Blank;
            }
        }
    }

    private static Line Classify(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.TrimStart(" \t").IsEmpty)
        {
            return Line.Blank;
        }

        if (StartsText(line))
        {
            return Line.Text;
        }

        if (line is ['-', ' ', _, ..] && StartsText(line[2..]))
        {
            return Line.Item;
        }

        var hashes = line.IndexOfAnyExcept('#');
        if (hashes is >= 1 and <= 6 && line[hashes] == ' ')
        {
            return hashes == 2 ? Line.SectionHeading : Line.Heading;
        }

        return line.Length is >= 1 and <= 6 && hashes < 0 ? (line.Length == 2 ? Line.SectionHeading : Line.Heading) : Line.Other;
    }

    /// <summary>A letter, a digit that does not open an ordered list item, or an opening quote: no block starts so.</summary>
    private static bool StartsText(ReadOnlySpan<char> line)
    {
        var c = line[0];
        if (char.IsAsciiDigit(c))
        {
            return !StartsLikeOrderedItem(line);
        }

        return char.IsLetterOrDigit(c) || c is '"' or '\'' or '(' or '\u201c' or '\u2018';
    }

    /// <summary>ASCII digits followed by <c>.</c> or <c>)</c>: perhaps an ordered list item (or one interrupting a paragraph).</summary>
    internal static bool StartsLikeOrderedItem(ReadOnlySpan<char> line)
    {
        var digits = line.IndexOfAnyExceptInRange('0', '9');
        return digits > 0 && line[digits] is '.' or ')';
    }
}
