using BriefGen.Model;

namespace BriefGen.Tests.Reading.Markdown;

public sealed class MarkdownBlockTests
{
    private static IReadOnlyList<Section> Sections(string body) => MarkdownTestReader.ReadSeed("title: T\n", body).Brief!.Sections;

    private static IReadOnlyList<string> Blocks(string body) => Assert.Single(Sections(body)).Paragraphs;

    [Fact]
    public void Read_HardWrappedParagraph_KeepsItsLineBreaks()
    {
        Assert.Equal(["One line\nwrapped *here*\nand here."], Blocks("One line\nwrapped *here*\nand here.\n"));
    }

    [Fact]
    public void Read_TightList_IsOneBlock()
    {
        Assert.Equal(["- a\n- b\n- c"], Blocks("- a\n- b\n- c\n"));
    }

    [Fact]
    public void Read_LooseAndNestedList_IsOneBlockWithItsBlankLines()
    {
        Assert.Equal(["1. one\n\n   more of one\n\n2. two\n   - nested"], Blocks("1. one\n\n   more of one\n\n2. two\n   - nested\n"));
    }

    [Fact]
    public void Read_Blockquote_IsOneBlockIncludingLazyLines()
    {
        Assert.Equal(["> quoted\nlazy line\n>\n> second"], Blocks("> quoted\nlazy line\n>\n> second\n"));
    }

    [Fact]
    public void Read_FencedCodeWithBlankLines_IsOneBlockExactly()
    {
        Assert.Equal(["```csharp\nvar a = 1;\n\n    indented();\n```"], Blocks("```csharp\nvar a = 1;\n\n    indented();\n```\n"));
    }

    [Fact]
    public void Read_IndentedCode_KeepsIndentationAndDropsTrailingBlankLines()
    {
        Assert.Equal(["Para.", "    code\n\n    more"], Blocks("Para.\n\n    code\n\n    more\n\n\n"));
    }

    [Fact]
    public void Read_TrailingSpacesInsideBlock_Kept()
    {
        Assert.Equal(["Hard  \nbreak"], Blocks("Hard  \nbreak\n"));
    }

    [Fact]
    public void Read_CrlfInput_LineEndsBecomeLf()
    {
        var result = MarkdownTestReader.Read("---\r\ntitle: T\r\n---\r\n\r\nA\r\nB\r\n\r\n## H\r\n\r\n- x\r\n- y\r\n");

        Assert.Equal([new Section(null, ["A\nB"]), new Section("H", ["- x\n- y"])], result.Brief!.Sections, SectionComparer.Instance);
    }

    [Fact]
    public void Read_CrOnlyInput_LineEndsBecomeLf()
    {
        var result = MarkdownTestReader.Read("---\rtitle: T\r---\r\rA\rB\r");

        Assert.Equal("A\nB", Assert.Single(Assert.Single(result.Brief!.Sections).Paragraphs));
    }

    [Fact]
    public void Read_BlocksBeforeFirstHeading_SectionWithNullHeading()
    {
        var sections = Sections("Intro.\n\n## First\n\nOne.\n\n## Second ##\n\nTwo.\n\nThree.\n");

        Assert.Equal(
            [new Section(null, ["Intro."]), new Section("First", ["One."]), new Section("Second", ["Two.", "Three."])],
            sections,
            SectionComparer.Instance);
    }

    [Fact]
    public void Read_OtherHeadingLevels_StayBlocksOfTheSection()
    {
        var sections = Sections("# Top\n\n## Sec\n\n### Sub\n\nText.\n");

        Assert.Equal([new Section(null, ["# Top"]), new Section("Sec", ["### Sub", "Text."])], sections, SectionComparer.Instance);
    }

    [Fact]
    public void Read_SetextLevelTwoHeading_StartsASection()
    {
        var sections = Sections("Intro.\n\nA *setext* heading\n------------------\n\nText.\n");

        Assert.Equal([new Section(null, ["Intro."]), new Section("A *setext* heading", ["Text."])], sections, SectionComparer.Instance);
    }

    [Fact]
    public void Read_HeadingWithInlineMarkup_KeepsTheMarkupNormalised()
    {
        Assert.Equal("Why *now*?", Assert.Single(Sections("##   Why *now*?  \n\nText.\n")).Heading);
    }

    [Fact]
    public void Read_HtmlBlockTableAndThematicBreak_EachOneBlock()
    {
        Assert.Equal(
            ["<div>\nx\n</div>", "| a | b |\n|---|---|\n| 1 | 2 |", "* * *"],
            Blocks("<div>\nx\n</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n* * *\n"));
    }

    [Fact]
    public void Read_LinkReferenceDefinition_KeptAsABlock()
    {
        Assert.Equal(["See [x][1].", "[1]: https://example.org"], Blocks("See [x][1].\n\n[1]: https://example.org\n"));
    }

    [Fact]
    public void Read_EmptyHeading_SectionWithNullHeadingAndWarning()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\n", "Intro.\n\n##\n\nText.\n");

        Assert.Equal([new Section(null, ["Intro."]), new Section(null, ["Text."])], result.Brief!.Sections, SectionComparer.Instance);
        Assert.Equal(("BG1210", 7), (Assert.Single(result.Diagnostics).Id, result.Diagnostics[0].Line));
    }

    [Fact]
    public void Read_NoBody_WarningAndNoSections()
    {
        var result = MarkdownTestReader.Read("---\ntitle: T\n---\n");

        Assert.Empty(result.Brief!.Sections);
        Assert.Equal("BG1211", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_SectionsInFrontMatter_UsedExactlyAndBodyIgnoredWithWarning()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\nsections:\n  - heading: H\n    paragraphs:\n      - |\n        - a\n        - b\n", "Body.\n");

        Assert.Equal([new Section("H", ["- a\n- b"])], result.Brief!.Sections, SectionComparer.Instance);
        Assert.Equal("BG1209", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("indented lists")]
    [InlineData("list markers")]
    public void Read_AbsurdlyNestedBody_ErrorNotException_InBoundedTime(string shape)
    {
        var body = shape switch
        {
            "quotes" => new string('>', 100_000) + " deep\n",
            "indented lists" => string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- x\n")), // 4 MB
            _ => string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n",
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = MarkdownTestReader.ReadSeed("title: T\n", body);

        Assert.Empty(result.Brief!.Sections);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1212", 4), (d.Id, d.Line)); // where the body starts
        Assert.DoesNotContain("xception", d.Message, StringComparison.Ordinal);
        Assert.True(clock.ElapsedMilliseconds < 2_000, $"{clock.ElapsedMilliseconds} ms"); // a 1,600-deep list took six seconds
    }

    /// <summary>Compares sections by value (records compare lists by reference).</summary>
    private sealed class SectionComparer : IEqualityComparer<Section>
    {
        public static readonly SectionComparer Instance = new();

        public bool Equals(Section? x, Section? y)
            => x is not null && y is not null && x.Heading == y.Heading && x.Paragraphs.SequenceEqual(y.Paragraphs);

        public int GetHashCode(Section obj) => obj.Heading?.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
