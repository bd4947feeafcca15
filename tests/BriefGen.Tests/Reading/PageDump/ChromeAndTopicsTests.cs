using BriefGen.Reading;
using BriefGen.Reading.PageDump;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class ChromeAndTopicsTests
{
    private const string P1 = "First body paragraph that is long enough to be a paragraph and ends with a full stop, like this one.";
    private const string P2 = "Second body paragraph that is long enough to be a paragraph and ends with a full stop, like this one.";

    [Fact]
    public void Read_BuiltInChromeBetweenParagraphs_IsDropped()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(
            "Why now?", "Share", P1, "Close", "Newsletter", "Subscribe", "Print", "More From Our Experts", "View License Detail",
            "Creative Commons", "Creative Commons: Some rights reserved.", P2)).Brief!;

        var section = Assert.Single(brief.Sections);
        Assert.Equal("Why now?", section.Heading);
        Assert.Equal([P1, P2], section.Paragraphs);
    }

    [Fact]
    public void Read_ExtraChromeFromOptions_IsDroppedToo()
    {
        var options = new ReaderOptions { ExtraChromeLines = ["Download\u00a0PDF ", "Skip to content"] };

        var brief = PageDumpTestText.Read(PageDumpTestText.Dump("Download PDF", P1, "Skip to content", P2), options).Brief!;

        Assert.Equal([P1, P2], Assert.Single(brief.Sections).Paragraphs);
    }

    [Fact]
    public void Read_ExtraChromeNotConfigured_IsContent()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump("Download PDF", P1)).Brief!;

        Assert.Equal("Download PDF", Assert.Single(brief.Sections).Heading);
    }

    [Fact]
    public void ChromeLines_BuiltIn_IsTheContractList()
    {
        Assert.Equal(10, ChromeLines.BuiltIn.Count);
        Assert.Contains("Creative Commons: Some rights reserved.", ChromeLines.BuiltIn);
    }

    [Fact]
    public void Read_SpacedTopicsInTwoBlocks_AreDedupedInFirstSeenOrder()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(
            P1, "More on:", "Chile", "Argentina", P2, "More on:", "Bolivia", "Chile", "Energy", P1)).Brief!;

        Assert.Equal(["Chile", "Argentina", "Bolivia", "Energy"], brief.Topics);
        Assert.Equal([P1, P2, P1], Assert.Single(brief.Sections).Paragraphs);
    }

    [Fact]
    public void Read_StackedTopics_AreReadBackToBack()
    {
        var text = PageDumpTestText.Dump(P1) + "\n\nMore on:\n\nUkraine\nTrade\nFood Security\n\n" + P2;

        var brief = PageDumpTestText.Read(text).Brief!;

        Assert.Equal(["Ukraine", "Trade", "Food Security"], brief.Topics);
        Assert.Equal([P1, P2], Assert.Single(brief.Sections).Paragraphs);
    }

    [Fact]
    public void Read_QuestionHeadingRightAfterTopics_IsAHeading()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(
            "A region of postponed transitions", P1, "More on:", "Democracy", "Military Coups",
            "Why did regional sanctions fail to restore civilian rule so far?", P2)).Brief!;

        Assert.Equal(["Democracy", "Military Coups"], brief.Topics);
        Assert.Equal(
            ["A region of postponed transitions", "Why did regional sanctions fail to restore civilian rule so far?"],
            brief.Sections.Select(s => s.Heading));
        Assert.Equal([P2], brief.Sections[1].Paragraphs);
    }

    [Fact]
    public void Read_TitleAndCaptionRepeatsInBody_AreChrome()
    {
        var text = PageDumpTestText.Dump(P1, "A Title for Testing the Reader", P2);

        var brief = PageDumpTestText.Read(text).Brief!;

        Assert.Equal([P1, P2], Assert.Single(brief.Sections).Paragraphs);
    }
}
