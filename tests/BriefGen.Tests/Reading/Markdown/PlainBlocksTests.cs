using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading.Markdown;

namespace BriefGen.Tests.Reading.Markdown;

/// <summary>
/// The line-by-line split of plain bodies stands in for Markdig's block pass: whenever it answers, its blocks (kind,
/// first and last line) are Markdig's; it answers for every body made only of the lines it accepts, and for none
/// that holds a line it does not. Markdig counts the blank lines after some blocks (a list's) into their span; the
/// section split drops a block's trailing blank lines, so both sides are compared without them.
/// </summary>
public sealed class PlainBlocksTests
{
    private static readonly string[] Accepted =
    [
        "Plain words, with a [link](https://example.org) and *emphasis*.", "Another line of the same paragraph",
        "2024 was a year (see p. 4).", "1990s and 10 % more", "\"Quoted\" opening", "(An aside) first", "'Single' quote",
        "\u201cCurly\u201d opening", "\u2018Single curly\u2019", "\u00c9clair and \u00fcber", "\u0663. Arabic-Indic digits",
        "- an item", "- 42 items", "- \"quoted\" item", "- Item with *emphasis* and - dashes",
        "## Section heading", "## Closed ##", "##", "## ", "# Title", "### Third level", "###### Six", "#", "## *Styled* heading",
        string.Empty, string.Empty, string.Empty, "   ", "\t", " \t ",
    ];

    private static readonly string[] Refused =
    [
        "  indented text", "    indented code", "\tTabbed", "* star item", "+ plus item", "1. ordered", "2) ordered",
        "10. ten", "> quote", "```", "~~~", "<div>", "<!-- c -->", "[ref]: https://example.org", "[link](x) first", "---",
        "===", "- - -", "***", "___", "#hashtag", "####### seven", "-item", "-  two spaces", "- ", "-", "- - nested",
        "- * star", "- 1. nested", "-\ttab", "|a|b|", "&amp; entity", "\\## escaped", "!bang", "*emphasis* first",
        "_under_", "\u00a0nbsp", "\ufeffbom", "##\tTab",
    ];

    [Fact]
    public void RandomPlainBodies_AreSplitAsMarkdigSplitsThem()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 20_000; n++)
        {
            var body = Body(random, Accepted, []);
            var lines = new BodyLines(body, 0);
            var fast = PlainBlocks.TrySplit(lines);
            Assert.True(fast is not null, $"refused a plain body:\n{body}");
            Assert.Equal(WithoutTrailingBlanks(MarkdownBody.MarkdigBlocks(body, lines), lines), WithoutTrailingBlanks(fast, lines));
        }
    }

    [Fact]
    public void BodiesWithAnyOtherLine_GoToMarkdig()
    {
        var random = new Random(7);
        for (var n = 0; n < 5_000; n++)
        {
            var body = Body(random, Accepted, Refused);
            var lines = new BodyLines(body, 0);
            if (PlainBlocks.TrySplit(lines) is { } fast)
            {
                Assert.Equal(WithoutTrailingBlanks(MarkdownBody.MarkdigBlocks(body, lines), lines), WithoutTrailingBlanks(fast, lines)); // no refused line was drawn
            }
        }

        foreach (var line in Refused)
        {
            Assert.Null(PlainBlocks.TrySplit(new BodyLines($"Text\n\n{line}\n\nText\n", 0)));
        }
    }

    [Fact]
    public void ABriefBody_IsSplitWithoutMarkdig()
    {
        const string body = "## What changed?\n\nFirst paragraph.\nIts second line.\n\n- one\n- two\n\n- three, loose\nlazy line\n## Next\nText\n";
        var blocks = PlainBlocks.TrySplit(new BodyLines(body, 0));

        Assert.Equal(
            [
                new TopLevelBlock(TopLevelKind.AtxSectionHeading, 0, 0), new TopLevelBlock(TopLevelKind.Content, 2, 3),
                new TopLevelBlock(TopLevelKind.Content, 5, 9), new TopLevelBlock(TopLevelKind.AtxSectionHeading, 10, 10),
                new TopLevelBlock(TopLevelKind.Content, 11, 11),
            ],
            blocks);
    }

    [Fact]
    public void ABodyReadInPlace_IsSplitAsItsCopyIs()
    {
        var random = new Random(3);
        for (var n = 0; n < 2_000; n++)
        {
            var prefix = Body(random, Accepted, Refused);
            var body = Body(random, Accepted, Refused);
            var text = prefix + body;
            var inPlace = MarkdownBody.Split(text, prefix.Length, 5, "seed.md", new DiagnosticBag());
            var copied = MarkdownBody.Split(body, 0, 5, "seed.md", new DiagnosticBag());
            Assert.Equal(Shape(copied), Shape(inPlace));
        }

        static string Shape(List<Section>? sections)
            => sections is null ? "null" : string.Join("\n§", sections.Select(s => s.Heading + "|" + string.Join("\n¶", s.Paragraphs)));
    }

    private static List<TopLevelBlock> WithoutTrailingBlanks(List<TopLevelBlock> blocks, BodyLines lines)
        => blocks.Select(b =>
        {
            var last = b.Last;
            while (last > b.First && lines.IsBlank(last))
            {
                last--;
            }

            return b with { Last = last };
        }).ToList();

    /// <summary>1–14 lines drawn from <paramref name="lines"/>, and one time in six from <paramref name="rare"/>.</summary>
    private static string Body(Random random, string[] lines, string[] rare)
    {
        var body = new StringBuilder();
        var count = random.Next(1, 15);
        for (var i = 0; i < count; i++)
        {
            var pool = rare.Length > 0 && random.Next(6) == 0 ? rare : lines;
            body.Append(pool[random.Next(pool.Length)]).Append('\n');
        }

        return random.Next(3) == 0 ? body.ToString().TrimEnd('\n') : body.ToString();
    }
}
