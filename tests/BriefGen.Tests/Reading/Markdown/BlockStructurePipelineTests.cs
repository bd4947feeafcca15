using BriefGen.Reading.Markdown;
using Markdig.Syntax;

namespace BriefGen.Tests.Reading.Markdown;

/// <summary>
/// The body split parses without inlines; these check on random bodies built from tricky fragments that every
/// top-level block (and link reference definition) has the same kind, line and span as in a full Markdig parse.
/// </summary>
public sealed class BlockStructurePipelineTests
{
    private static readonly string[] Fragments =
    [
        "Plain paragraph text.", "*emphasis* and **strong** and `code`", "a line with trailing spaces  ", "hard break\\",
        "[link](http://x.org \"t\")", "[ref]: http://x.org", "[ref2]:\n  http://y.org\n  'title'", "![img](a.png)",
        "<span>inline html</span>", "<div>\nblock html\n</div>", "<!-- comment -->", "## Heading", "## Closed ##",
        "### Third", "#", "Setext\n---", "Setext one\n===", "- a\n- b", "1. one\n\n   more", "> quote\nlazy",
        "> > nested\n> back", "```\ncode\n\n```", "~~~ info\nx\n~~~", "    indented\n\n    code", "***", "- - -",
        "text `unclosed code", "**unclosed strong", "[unclosed link(", "<http://auto.link>", "&amp; &#123;",
        "line one\nline two\nline three", "* item\n\n  para in item", "| a | b |\n|---|---|", "trailing tab\t",
        "\u00a0nbsp line", "   ", "\\## escaped", "a  \nb", "`` double `code` ``", "*a **b** c*", "_under_score_",
    ];

    [Fact]
    public void BlockOnlyParse_MatchesFullParse_OnRandomBodies()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 3000; n++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Fragments[random.Next(Fragments.Length)]);
            var separators = new[] { "\n", "\n\n", "\n\n\n" };
            var body = string.Join(string.Empty, parts.Select(p => p + separators[random.Next(separators.Length)]));
            if (random.Next(4) == 0)
            {
                body = body.TrimEnd('\n');
            }

            Assert.Equal(Shape(Markdig.Markdown.Parse(body)), Shape(Markdig.Markdown.Parse(body, BlockStructurePipeline.Instance)));
        }
    }

    [Fact]
    public void BlockOnlyParse_SkipsInlines()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Markdig.Markdown.Parse("*a*", BlockStructurePipeline.Instance)));
        Assert.Null(paragraph.Inline);
    }

    private static List<string> Shape(MarkdownDocument document)
        => document.SelectMany(b => b is LinkReferenceDefinitionGroup g ? g.Cast<Block>() : [b])
            .Select(b => $"{b.GetType().Name} {b.Line} {b.Span.Start}-{b.Span.End} {(b as HeadingBlock)?.Level}")
            .ToList();
}
