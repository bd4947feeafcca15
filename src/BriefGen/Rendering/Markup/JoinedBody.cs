using System.Text;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// A brief's body put back together as one Markdown document from its sections' blocks, so that reference links and
/// footnotes resolve across blocks, with the lines each block occupies in it. Blocks are separated by a blank line,
/// sections by a bare <c>##</c> line; a block that is rendered without the document (plain prose, or a block shown as
/// text) stands as a one-word paragraph, so that its neighbours stay apart as they were in the seed (two lists with
/// a paragraph between them must not become one list).
/// </summary>
internal sealed class JoinedBody
{
    private const string SectionBreak = "##";
    private const string StandIn = "p";

    private readonly StringBuilder _text = new();
    private readonly List<JoinedBlock> _blocks = [];
    private int _lines;

    /// <summary>The blocks that are part of the document, in order.</summary>
    public IReadOnlyList<JoinedBlock> Blocks => _blocks;

    /// <summary>The document's Markdown.</summary>
    public string Text => _text.ToString();

    /// <summary>Adds a block of section <paramref name="section"/>, at <paramref name="paragraph"/> in its list, as written.</summary>
    public void Add(string source, int section, int paragraph)
    {
        _blocks.Add(new JoinedBlock(section, paragraph, source, _lines, _lines + source.AsSpan().Count('\n')));
        Append(source);
    }

    /// <summary>Holds the place of a block that is not part of the document.</summary>
    public void AddStandIn() => Append(StandIn);

    /// <summary>Ends a section: the blocks after it belong to the next.</summary>
    public void BreakSection() => Append(SectionBreak);

    /// <summary>The index in <see cref="Blocks"/> of the block whose lines hold 0-based line <paramref name="line"/> of the document; -1 on a separator or stand-in.</summary>
    public int BlockAt(int line)
    {
        var (low, high) = (0, _blocks.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var block = _blocks[middle];
            if (line < block.FirstLine)
            {
                high = middle - 1;
            }
            else if (line > block.LastLine)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    private void Append(string markdown)
    {
        _text.Append(markdown).Append("\n\n");
        _lines += markdown.AsSpan().Count('\n') + 2;
    }
}

/// <summary>A block of a <see cref="JoinedBody"/>: where it belongs in the brief and which lines of the document it fills.</summary>
/// <param name="Section">The index of its section.</param>
/// <param name="Paragraph">Its index among the section's paragraphs.</param>
/// <param name="Source">Its Markdown as written.</param>
/// <param name="FirstLine">Its first 0-based line in the document.</param>
/// <param name="LastLine">Its last 0-based line in the document.</param>
internal sealed record JoinedBlock(int Section, int Paragraph, string Source, int FirstLine, int LastLine);
