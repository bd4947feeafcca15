using BriefGen.Diagnostics;
using BriefGen.Model;
using Markdig.Syntax;

namespace BriefGen.Reading.Markdown;

/// <summary>
/// Cuts a CommonMark body into sections: every level-2 heading (<c>## x</c>, or <c>x</c> over <c>---</c>) starts one,
/// and every other top-level block (paragraph, whole list, whole blockquote, code block, <c>#</c>/<c>###</c> heading,
/// HTML, thematic break, link reference definition) is one paragraph entry holding its source exactly: the
/// whole lines it spans, with trailing blank lines dropped.
/// </summary>
internal static class MarkdownBody
{
    /// <summary>
    /// Splits the body of <paramref name="text"/> (LF-only) that starts at offset <paramref name="bodyStart"/>, on
    /// 0-based file line <paramref name="lineIndex"/>; null (reported) when Markdig refuses it.
    /// </summary>
    public static List<Section>? Split(string text, int bodyStart, int lineIndex, string path, DiagnosticBag diagnostics)
    {
        var lines = new BodyLines(text, bodyStart);
        var sections = new List<Section>();
        string? heading = null;
        var paragraphs = new List<string>();
        var open = false;
        var previousLast = -1;
        List<TopLevelBlock> blocks;
        try
        {
            blocks = PlainBlocks.TrySplit(lines) ?? MarkdigBlocks(text[bodyStart..], lines); // Markdig needs the body as a string of its own
        }
        catch (Exception ex) when (NestingGuard.IsRefusal(ex))
        {
            diagnostics.Report(Descriptors.MarkdownBodyUnparsable, path, lineIndex + 1, 1, NestingGuard.MaxDepth);
            return null;
        }

        foreach (var (kind, first, last) in blocks)
        {
            // Top-level blocks never share lines; the guard keeps a surprising span from duplicating text.
            var from = Math.Max(first, previousLast + 1);
            if (from > last)
            {
                continue;
            }

            previousLast = last;
            if (kind != TopLevelKind.Content)
            {
                if (open)
                {
                    sections.Add(new Section(heading, paragraphs.ToArray()));
                }

                heading = HeadingText(kind == TopLevelKind.SetextSectionHeading, lines, from, last);
                if (heading.Length == 0)
                {
                    diagnostics.Report(Descriptors.EmptySectionHeading, path, lineIndex + from + 1, 1);
                    heading = null;
                }

                paragraphs.Clear();
                open = true;
                continue;
            }

            var source = Source(lines, from, last);
            if (source.Length > 0)
            {
                paragraphs.Add(source);
                open = true;
            }
        }

        if (open)
        {
            sections.Add(new Section(heading, paragraphs.ToArray()));
        }

        return sections;
    }

    /// <summary>
    /// The top-level blocks of <paramref name="body"/> in source order with their first and last 0-based lines, as
    /// Markdig finds them; <paramref name="lines"/> are the body's (its offsets count from the body's start wherever
    /// the body lies).
    /// </summary>
    internal static List<TopLevelBlock> MarkdigBlocks(string body, BodyLines lines)
    {
        var document = Markdig.Markdown.Parse(body, BlockStructurePipeline.Instance);
        var blocks = new List<TopLevelBlock>(document.Count);
        var sorted = true;
        foreach (var block in document)
        {
            // Markdig gathers link reference definitions into one group whose own span is not meaningful.
            if (block is LinkReferenceDefinitionGroup group)
            {
                foreach (var definition in group)
                {
                    sorted &= Add(blocks, definition, lines);
                }
            }
            else
            {
                sorted &= Add(blocks, block, lines);
            }
        }

        // Markdig keeps source order except for the definition group; the stable sort is needed only then.
        return sorted ? blocks : [.. blocks.OrderBy(b => b.First)];
    }

    /// <summary>Appends a block; false when it starts before the block appended last.</summary>
    private static bool Add(List<TopLevelBlock> blocks, Block block, BodyLines lines)
    {
        var kind = block switch
        {
            HeadingBlock { Level: 2, IsSetext: true } => TopLevelKind.SetextSectionHeading,
            HeadingBlock { Level: 2 } => TopLevelKind.AtxSectionHeading,
            _ => TopLevelKind.Content,
        };
        var entry = new TopLevelBlock(kind, FirstLine(block, lines), LastLine(block, lines));
        var inOrder = blocks.Count == 0 || blocks[^1].First <= entry.First;
        blocks.Add(entry);
        return inOrder;
    }

    /// <summary>The block's first line: a setext heading's <c>Line</c> is its underline, its span starts at the text.</summary>
    private static int FirstLine(Block block, BodyLines lines)
        => Math.Max(0, Math.Min(block.Line, lines.LineOf(Math.Max(0, block.Span.Start))));

    private static int LastLine(Block block, BodyLines lines)
        => Math.Clamp(lines.LineOf(Math.Max(block.Span.Start, block.Span.End)), 0, lines.Count - 1);

    /// <summary>The exact lines of a block, without trailing blank lines (an indented code block's span keeps them).</summary>
    private static string Source(BodyLines lines, int first, int last)
    {
        while (last >= first && lines.IsBlank(last))
        {
            last--;
        }

        return last < first ? string.Empty : lines.Text(first, last);
    }

    /// <summary>A heading's text as written (inline Markdown kept), without the <c>#</c> marks or setext underline.</summary>
    private static string HeadingText(bool setext, BodyLines lines, int first, int last)
    {
        if (setext)
        {
            return TextNormalizer.Normalize(lines.Joined(first, Math.Max(0, last - first), ' '));
        }

        var text = lines.Line(first).TrimStart(' ').TrimStart('#');
        var trimmed = text.TrimEnd(" \t");
        var withoutClosing = trimmed.TrimEnd('#');

        // CommonMark: a closing run of '#' counts only when a space precedes it (or nothing else is left).
        if (withoutClosing.Length < trimmed.Length && (withoutClosing.Length == 0 || withoutClosing[^1] is ' ' or '\t'))
        {
            trimmed = withoutClosing;
        }

        return TextNormalizer.Normalize(trimmed);
    }
}
