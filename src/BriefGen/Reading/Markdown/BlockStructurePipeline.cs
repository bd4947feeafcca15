using Markdig;
using Markdig.Syntax;

namespace BriefGen.Reading.Markdown;

/// <summary>
/// Markdig's default (CommonMark) pipeline, but paragraphs and headings skip inline parsing: splitting a body needs
/// only the top-level blocks and their lines, and the body is parsed in full again when it is rendered. Skipping
/// inlines changes no block: in CommonMark the block structure is decided before inlines, and inline parsing can only
/// move a block's span end up to its last inline, which never lies past the block's own last line.
/// </summary>
internal static class BlockStructurePipeline
{
    /// <summary>Built once; Markdig pipelines are thread-safe.</summary>
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = NestingGuard.AddTo(new MarkdownPipelineBuilder());
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += static (_, block) =>
            {
                if (block is LeafBlock leaf)
                {
                    leaf.ProcessInlines = false;
                }
            };
        }

        return builder.Build();
    }
}
