using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefGen.Reading.Markdown;

/// <summary>
/// Refuses Markdown that nests blocks (block quotes, lists) deeper than Markdig's own limit as soon as the block that
/// goes too deep opens. Markdig checks its limit only once the whole tree is built, and every line walks all the blocks
/// still open, so an indented list 1,600 levels deep took six seconds to be refused; checked here, it takes as long
/// as the lines up to the limit. Inline nesting (<c>[[[…</c>, <c>*_*_…</c>) is refused by Markdig itself, early.
/// </summary>
internal sealed class NestingGuard : BlockParser
{
    /// <summary>The most containers open at once (the document counted): Markdig's default nesting limit.</summary>
    public const int MaxDepth = 128;

    private NestingGuard()
    {
        // Every CommonMark block that can hold blocks opens on one of these: '>' or a list marker.
        OpeningCharacters = ['>', '-', '+', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    }

    /// <summary>Puts the guard before every other block parser of <paramref name="builder"/>.</summary>
    public static MarkdownPipelineBuilder AddTo(MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.Insert(0, new NestingGuard());
        return builder;
    }

    /// <summary>True when <paramref name="exception"/> is Markdig (or the guard) refusing input nested too deep, not a bug.</summary>
    public static bool IsRefusal(Exception exception)
        => exception is TooDeepException || exception.GetType() == typeof(ArgumentException); // Markdig's own limit

    /// <inheritdoc/>
    public override BlockState TryOpen(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null; block = block.Parent)
        {
            if (++depth > MaxDepth)
            {
                throw new TooDeepException();
            }
        }

        return BlockState.None;
    }

    /// <summary>Thrown out of Markdig's parser to stop it; caught by <see cref="IsRefusal"/>.</summary>
    private sealed class TooDeepException() : Exception($"blocks nested more than {MaxDepth} deep");
}
