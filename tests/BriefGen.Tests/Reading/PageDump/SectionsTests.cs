namespace BriefGen.Tests.Reading.PageDump;

public sealed class SectionsTests
{
    private const string P1 = "First body paragraph that is long enough to be a paragraph and ends with a full stop, like this one.";
    private const string P2 = "Second body paragraph that is long enough to be a paragraph and ends with a full stop, like this one.";

    [Fact]
    public void Read_ParagraphBeforeFirstHeading_GoesInASectionWithNullHeading()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(P1, "The insurance gap", P2)).Brief!;

        Assert.Equal([null, "The insurance gap"], brief.Sections.Select(s => s.Heading));
        Assert.Equal([P1], brief.Sections[0].Paragraphs);
        Assert.Equal([P2], brief.Sections[1].Paragraphs);
    }

    [Theory]
    [InlineData("Why public backstops have limits", true)]
    [InlineData("What should Washington do differently?", true)]
    [InlineData("A short line that ends with a period.", false)]
    [InlineData("A short line that ends with a quoted period.”", false)]
    public void Read_ShortLineAloneBetweenBlankLines_IsAHeadingUnlessItEndsWithAPeriod(string line, bool heading)
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(P1, line, P2)).Brief!;

        Assert.Equal(heading ? 2 : 1, brief.Sections.Count);
        Assert.Equal(heading, brief.Sections.Any(s => s.Heading == line));
    }

    [Fact]
    public void Read_LongLineWithoutFinalPeriod_IsAParagraph()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("words", 30)) + " and more";

        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(P1, longLine)).Brief!;

        Assert.Equal([P1, longLine], Assert.Single(brief.Sections).Paragraphs);
    }

    [Fact]
    public void Read_ShortLineInsideABlock_IsAParagraph()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(P1 + "\nNot alone here", P2)).Brief!;

        Assert.Equal([P1, "Not alone here", P2], Assert.Single(brief.Sections).Paragraphs);
    }

    [Fact]
    public void Read_HeadingWithTrailingNbspAndChromeAfterIt_IsAHeading()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump("Who sets the rules?\u00a0", "More From Our Experts", P1)).Brief!;

        var section = Assert.Single(brief.Sections);
        Assert.Equal("Who sets the rules?", section.Heading);
        Assert.Equal([P1], section.Paragraphs);
    }

    [Fact]
    public void Read_NoBodyText_WarnsBG1107()
    {
        var result = PageDumpTestText.Read(PageDumpTestText.Dump());

        Assert.Empty(result.Brief!.Sections);
        Assert.Contains(result.Diagnostics, d => d.Id == "BG1107");
    }
}
