namespace BriefGen.Tests.Reading.PageDump;

public sealed class PageDumpDateTests
{
    [Fact]
    public void Read_UnknownZone_WarnsBG1003AtTheDateLineAndLeavesPublishedNull()
    {
        var text = PageDumpTestText.Dump("Body paragraph that is long enough to be a paragraph and ends with a full stop, like this one does.")
            .Replace("(EST)", "(XYZ)", StringComparison.Ordinal);

        var result = PageDumpTestText.Read(text);

        Assert.Null(result.Brief!.Published);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "BG1003");
        Assert.Equal(8, d.Line);
        Assert.Equal(1, d.Column);
        Assert.Equal("seeds/test.txt", d.Path);
        Assert.Equal("could not parse date 'October 25, 2024 11:27 am (XYZ)', so the brief is undated: its page shows no date, it is listed after every dated brief and left out of the feed", d.Message);
    }

    [Fact]
    public void Read_MisspeltMonthIndented_WarnsBG1003WithTheColumnOfTheText()
    {
        var text = PageDumpTestText.Dump("Body paragraph that is long enough to be a paragraph and ends with a full stop, like this one does.")
            .Replace("October 25, 2024 11:27 am (EST)", "\t  Octobr 25, 2024", StringComparison.Ordinal);

        var result = PageDumpTestText.Read(text);

        Assert.Null(result.Brief!.Published);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "BG1003");
        Assert.Equal((8, 4), (d.Line, d.Column));
        Assert.Equal("Expert Brief", result.Brief.Kind);
    }

    [Fact]
    public void Read_NoDateLine_WarnsBG1104AndStillReadsTheBody()
    {
        var text = PageDumpTestText.Dump("Body paragraph that is long enough to be a paragraph and ends with a full stop, like this one does.")
            .Replace("October 25, 2024 11:27 am (EST)", "Share", StringComparison.Ordinal);

        var result = PageDumpTestText.Read(text);

        Assert.Null(result.Brief!.Published);
        Assert.Contains(result.Diagnostics, d => d.Id == "BG1104");
        Assert.Single(result.Brief.Sections);
    }

    [Fact]
    public void Read_TimeWithoutZone_KeepsTheDateAndWarnsBG1101()
    {
        var text = PageDumpTestText.Dump("Body paragraph that is long enough to be a paragraph and ends with a full stop, like this one does.")
            .Replace("11:27 am (EST)", "11:27 am", StringComparison.Ordinal);

        var result = PageDumpTestText.Read(text);

        Assert.Equal("2024-10-25", result.Brief!.Published);
        Assert.Contains(result.Diagnostics, d => d.Id == "BG1101" && d.Line == 8);
    }
}
