using Scriban;
using Scriban.Parsing;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Locates a block (<c>if</c>, <c>for</c>, <c>while</c>, <c>capture</c>, <c>func</c>, <c>do</c>…) whose <c>end</c> is
/// missing at the statement that opened it. Scriban gives each <c>end</c> to the innermost open block, so a block
/// without one takes its parent's <c>end</c>, and Scriban reports the outermost block (a page's <c>capture content</c>)
/// at the end of the file. Which block lost its <c>end</c> the text alone cannot always tell; the one chosen leaves
/// the other blocks paired most neatly (a block and its <c>end</c> on one line, or each alone on its line at the same
/// indentation), is not the outermost block unless nothing else fits, and otherwise changes the fewest of Scriban's
/// pairs (the block Scriban closed with the outermost block's <c>end</c>).
/// </summary>
internal static class UnclosedBlocks
{
    private const string ScribanMessage = "The <end> statement was not found";
    private const int MaxTags = 1_000;
    private const int MaxUnclosed = 8;

    /// <summary>Keywords that open a block when they begin a statement (<c>for.index</c> is a variable, not a loop).</summary>
    private static readonly HashSet<string> Openers = new(["if", "for", "while", "capture", "func", "case", "with", "wrap", "tablerow"], StringComparer.Ordinal);

    /// <summary>
    /// Rewrites the "end not found" errors of a template that did not parse: each names a block left open, at the
    /// statement that opened it, e.g. "this `if` has no matching `end`".
    /// </summary>
    public static void Relocate(Template template, string text)
    {
        var scriban = template.Messages.Where(m => m.Type == ParserMessageType.Error && m.Message.Contains(ScribanMessage, StringComparison.Ordinal)).ToList();
        if (scriban.Count == 0 || Find(text) is not { Count: > 0 } open)
        {
            return;
        }

        for (var i = 0; i < open.Count; i++)
        {
            var position = new TextPosition(open[i].Offset, open[i].Line, open[i].Column);
            var span = new SourceSpan(template.SourceFilePath ?? "", position, position);
            var message = $"this `{open[i].Keyword}` has no matching `end`";
            if (i < scriban.Count)
            {
                (scriban[i].Span, scriban[i].Message) = (span, message);
            }
            else
            {
                template.Messages.Add(new LogMessage(ParserMessageType.Error, span, message));
            }
        }
    }

    /// <summary>
    /// The blocks left open, in the order of the text; empty when the blocks balance, an <c>end</c> closes nothing, or
    /// the template is past the bounds that keep this search quick (it tries every opener for every block left open).
    /// </summary>
    private static List<Tag> Find(string text)
    {
        var tags = Scan(text);
        var open = new List<Tag>();
        if (tags.Count > MaxTags || Pairs(tags) is not { Unclosed: > 0 and <= MaxUnclosed })
        {
            return open;
        }

        while (Pairs(tags) is { Unclosed: > 0 } scriban)
        {
            var before = scriban.Pairs.ToHashSet();
            var best = Candidates(tags).MinBy(i => Cost(tags, i, before));
            open.Add(tags[best]);
            tags.RemoveAt(best);
        }

        return [.. open.OrderBy(t => t.Offset)];
    }

    /// <summary>
    /// What assuming that opener <paramref name="index"/> lost its <c>end</c> costs, lowest first: pairs left untidy,
    /// then whether it is the outermost block, then how many of Scriban's pairs change.
    /// </summary>
    private static (int Untidy, bool Outermost, int Changed) Cost(List<Tag> tags, int index, HashSet<(Tag Open, Tag End)> scriban)
    {
        var rest = new List<Tag>(tags);
        rest.RemoveAt(index);
        var pairs = Pairs(rest)!.Value.Pairs;
        return (pairs.Count(p => !Tidy(p.Open, p.End)), DepthBefore(tags, index) == 0, pairs.Count(p => !scriban.Contains(p)));
    }

    /// <summary>The openers that may have lost their <c>end</c>: every block open at them stays open to the end of the text.</summary>
    private static IEnumerable<int> Candidates(List<Tag> tags)
    {
        var lowest = int.MaxValue;
        var depth = DepthBefore(tags, tags.Count);
        var candidates = new List<int>();
        for (var i = tags.Count - 1; i >= 0; i--)
        {
            lowest = Math.Min(lowest, depth);
            depth += tags[i].Keyword is null ? 1 : -1;
            if (tags[i].Keyword is not null && lowest >= 1)
            {
                candidates.Add(i);
            }
        }

        return candidates;
    }

    private static int DepthBefore(List<Tag> tags, int index) => tags.Take(index).Sum(t => t.Keyword is null ? -1 : 1);

    /// <summary>A block and its <c>end</c> on one line, or each alone on its line at the same indentation.</summary>
    private static bool Tidy(Tag open, Tag end) => open.Line == end.Line || (open.Alone && end.Alone && open.Indent == end.Indent);

    /// <summary>Scriban's pairing (each <c>end</c> closes the innermost open block) and how many stay open; null when an <c>end</c> closes nothing.</summary>
    private static (List<(Tag Open, Tag End)> Pairs, int Unclosed)? Pairs(List<Tag> tags)
    {
        var stack = new Stack<Tag>();
        var pairs = new List<(Tag, Tag)>();
        foreach (var tag in tags)
        {
            if (tag.Keyword is not null)
            {
                stack.Push(tag);
            }
            else if (stack.TryPop(out var open))
            {
                pairs.Add((open, tag));
            }
            else
            {
                return null;
            }
        }

        return (pairs, stack.Count);
    }

    /// <summary>The block openings and <c>end</c>s of a template, from Scriban's own lexer.</summary>
    private static List<Tag> Scan(string text)
    {
        var lines = text.Split('\n');
        var tokens = new Lexer(text).Where(t => t.Type is not (TokenType.Whitespace or TokenType.WhitespaceFull or TokenType.Comment or TokenType.CommentMulti)).ToList();
        var tags = new List<Tag>();
        var statementStart = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var word = token.Type == TokenType.Identifier ? token.GetText(text) : null;
            var member = (i > 0 && tokens[i - 1].Type == TokenType.Dot) || (i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Dot);
            var keyword = word switch
            {
                "end" when statementStart => "",
                "do" when !member => "do",
                not null when statementStart && !member && Openers.Contains(word) => word,
                _ => null,
            };
            if (keyword is not null)
            {
                var line = lines[token.Start.Line].Trim();
                var alone = line.StartsWith("{{", StringComparison.Ordinal) && line.EndsWith("}}", StringComparison.Ordinal) && line.IndexOf("{{", 2, StringComparison.Ordinal) < 0;
                var indent = lines[token.Start.Line].Length - lines[token.Start.Line].TrimStart().Length;
                tags.Add(new Tag(keyword.Length == 0 ? null : keyword, token.Start, alone, indent));
            }

            statementStart = token.Type is TokenType.CodeEnter or TokenType.NewLine or TokenType.SemiColon;
        }

        return tags;
    }

    /// <summary>A block's opening keyword (null: an <c>end</c>) and where it starts.</summary>
    private readonly record struct Tag(string? Keyword, Scriban.Parsing.TextPosition Start, bool Alone, int Indent)
    {
        /// <summary>The offset in the template's text.</summary>
        public int Offset => Start.Offset;

        /// <summary>The 0-based line.</summary>
        public int Line => Start.Line;

        /// <summary>The 0-based column.</summary>
        public int Column => Start.Column;
    }
}
