using BriefGen.Model;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class ImageSummaryAndRelatedTests
{
    private const string Caption = "Workers walk between brine pools at a lithium site on the Atacama salt flat, Chile, March 14, 2024.";
    private const string P1 = "First body paragraph that is long enough to be a paragraph and ends with a full stop, like this one.";
    private const string Summary = "A summary paragraph that stands alone between the header block and the date line of this dump, long enough.";

    private static string Header(string beforeDate, string afterDate) => PageDumpTestText.Lines(
        "A Title", "from Asia Program", "from Asia Program", "", "A Title", "", beforeDate, "", Summary, "",
        "Last updated November 3, 2025 4:05 pm (EST)", "", afterDate + "Expert Brief", "One sentence about the kind.", "",
        "Kenji Mori is a fellow for Asia studies.", "", P1);

    [Fact]
    public void Read_CaptionPairBeforeTheDate_GivesTheImageAndLaterPairsAreChrome()
    {
        var pair = Caption + "\n" + Caption + " Tomasz Olbrycht-Nair/Reuters";

        var brief = PageDumpTestText.Read(Header(pair, pair + "\n") + "\n\n" + pair + "\n\n" + P1).Brief!;

        Assert.Equal(new Image(Caption, "Tomasz Olbrycht-Nair/Reuters", null), brief.Image);
        Assert.Equal(Summary, brief.Summary);
        Assert.Equal("Asia Program", brief.Program);
        Assert.Equal([P1, P1], Assert.Single(brief.Sections).Paragraphs);
        Assert.Equal("2025-11-03T16:05:00-05:00", brief.Published);
    }

    [Fact]
    public void Read_CaptionPairOnlyAfterTheDate_StillGivesTheImage()
    {
        var pair = Caption + "\n" + Caption + " Park Seo-yeon/AP Photo";

        var brief = PageDumpTestText.Read(Header("Share", pair + "\n")).Brief!;

        Assert.Equal(new Image(Caption, "Park Seo-yeon/AP Photo", null), brief.Image);
        Assert.Equal("Expert Brief", brief.Kind);
        Assert.Equal("Kenji Mori", Assert.Single(brief.Authors).Name);
    }

    [Fact]
    public void Read_CaptionPairBetweenKindAndBio_GivesTheImageWhenNoneCameBefore()
    {
        var text = Header("Share", string.Empty).Replace(
            "\n\nKenji Mori is", "\n\n" + Caption + "\n" + Caption + " Reuters\n\nKenji Mori is", StringComparison.Ordinal);

        var brief = PageDumpTestText.Read(text).Brief!;

        Assert.Equal(new Image(Caption, "Reuters", null), brief.Image);
        Assert.Equal("Kenji Mori", Assert.Single(brief.Authors).Name);
    }

    [Fact]
    public void Read_KindDescriptionWithoutFinalPeriod_IsStillTheKindBlock()
    {
        var text = Header("Share", string.Empty).Replace("One sentence about the kind.", "Quick takes on fast-moving news", StringComparison.Ordinal);

        var brief = PageDumpTestText.Read(text).Brief!;

        Assert.Equal(("Expert Brief", "Quick takes on fast-moving news"), (brief.Kind, brief.KindDescription));
        Assert.Equal([P1], Assert.Single(brief.Sections).Paragraphs);
    }

    [Fact]
    public void Read_NoCaptionPair_LeavesImageNull()
    {
        var brief = PageDumpTestText.Read(Header("Print", string.Empty)).Brief!;

        Assert.Null(brief.Image);
        Assert.Equal(Summary, brief.Summary);
    }

    [Fact]
    public void Read_TopStories_PairsLabelsWithSummariesAndSkipsChrome()
    {
        var text = PageDumpTestText.Dump(
            P1, "Top Stories on CFR", "What’s next for NATO?", "Alliances are changing fast.", "Trade", "More From Our Experts", "Tariffs are back on the table in a big way this year.",
            "Ukraine", "Close", "A long summary of the second story, which ends with a question mark?", "Orphan label");

        var result = PageDumpTestText.Read(text);

        Assert.Equal(
            [
                new RelatedStory("What’s next for NATO?", "Alliances are changing fast."),
                new RelatedStory("Trade", "Tariffs are back on the table in a big way this year."),
                new RelatedStory("Ukraine", "A long summary of the second story, which ends with a question mark?"),
            ],
            result.Brief!.Related);
        Assert.Equal([P1], Assert.Single(result.Brief.Sections).Paragraphs);
        Assert.Contains(result.Diagnostics, d => d.Id == "BG1105" && d.Message.Contains("Orphan label", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Disclaimer_IsTakenOutOfTheBody()
    {
        const string disclaimer = "This work represents the views and opinions solely of the authors. The Council takes no positions.";

        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(P1, disclaimer)).Brief!;

        Assert.Equal(disclaimer, brief.Disclaimer);
        Assert.Equal([P1], Assert.Single(brief.Sections).Paragraphs);
    }
}
