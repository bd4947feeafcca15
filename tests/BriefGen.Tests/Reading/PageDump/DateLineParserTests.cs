using BriefGen.Reading.PageDump;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class DateLineParserTests
{
    [Theory]
    [InlineData("EST", "-05:00")]
    [InlineData("EDT", "-04:00")]
    [InlineData("CST", "-06:00")]
    [InlineData("CDT", "-05:00")]
    [InlineData("MST", "-07:00")]
    [InlineData("MDT", "-06:00")]
    [InlineData("PST", "-08:00")]
    [InlineData("PDT", "-07:00")]
    [InlineData("GMT", "+00:00")]
    [InlineData("UTC", "+00:00")]
    [InlineData("BST", "+01:00")]
    [InlineData("CET", "+01:00")]
    [InlineData("CEST", "+02:00")]
    public void Parse_EachTableZone_UsesItsFixedOffset(string zone, string offset)
    {
        var date = DateLineParser.Parse($"October 25, 2024 11:27 am ({zone})");

        Assert.Equal(DateProblem.None, date.Problem);
        Assert.Equal("2024-10-25T11:27:00" + offset, date.Value);
    }

    [Fact]
    public void TimeZones_Table_HoldsExactlyTheContractsThirteenZones()
    {
        Assert.Equal(13, TimeZones.Offsets.Count);
        Assert.False(TimeZones.TryGetOffset("AEST", out _));
    }

    [Theory]
    [InlineData("October 25, 2024 11:27 am (EST)", "2024-10-25T11:27:00-05:00")]
    [InlineData("June 5, 2025 3:42 pm (EDT)", "2025-06-05T15:42:00-04:00")]
    [InlineData("March 3, 2025 12:00 am (GMT)", "2025-03-03T00:00:00+00:00")]
    [InlineData("March 3, 2025 12:00 pm (GMT)", "2025-03-03T12:00:00+00:00")]
    [InlineData("March 3, 2025 12:59 am (GMT)", "2025-03-03T00:59:00+00:00")]
    [InlineData("March 3, 2025 11:59 pm (GMT)", "2025-03-03T23:59:00+00:00")]
    [InlineData("March 3, 2025 1:05 PM (CET)", "2025-03-03T13:05:00+01:00")]
    [InlineData("March 3, 2025 1:05 p.m. (CET)", "2025-03-03T13:05:00+01:00")]
    [InlineData("March 3, 2025 14:20 (GMT)", "2025-03-03T14:20:00+00:00")]
    [InlineData("March 3, 2025 2:20 pm GMT", "2025-03-03T14:20:00+00:00")]
    [InlineData("December 2, 2024 (EST)", "2024-12-02T00:00:00-05:00")]
    [InlineData("April 9, 2025", "2025-04-09")]
    [InlineData("Last updated November 3, 2025 4:05 pm (EST)", "2025-11-03T16:05:00-05:00")]
    [InlineData("Last updated: November 3, 2025 4:05 pm (EST)", "2025-11-03T16:05:00-05:00")]
    [InlineData("Updated: July 1, 2025 9:00 am (PDT)", "2025-07-01T09:00:00-07:00")]
    [InlineData("Updated July 1, 2025", "2025-07-01")]
    [InlineData("Sept. 14, 2024 (BST)", "2024-09-14T00:00:00+01:00")]
    [InlineData("2025-04-09", "2025-04-09")]
    public void Parse_DateForm_GivesIsoText(string line, string expected)
    {
        Assert.True(DateLineParser.IsDateLike(line));
        var date = DateLineParser.Parse(line);

        Assert.Equal(DateProblem.None, date.Problem);
        Assert.Equal(expected, date.Value);
    }

    [Theory]
    [InlineData("Octobr 25, 2024", "Unparsable")]
    [InlineData("February 30, 2024 (EST)", "Unparsable")]
    [InlineData("March 3, 2025 13:05 pm (GMT)", "Unparsable")]
    [InlineData("March 3, 2025 0:05 am (GMT)", "Unparsable")]
    [InlineData("March 3, 2025 2:61 pm (GMT)", "Unparsable")]
    [InlineData("March 3, 2025 2:20 pm (XYZ)", "UnknownZone")]
    [InlineData("March 3, 2025 (est)", "UnknownZone")]
    public void Parse_BadDateLine_GivesNoValue(string line, string problem)
    {
        Assert.True(DateLineParser.IsDateLike(line));
        var date = DateLineParser.Parse(line);

        Assert.Equal(Enum.Parse<DateProblem>(problem), date.Problem);
        Assert.Null(date.Value);
    }

    [Fact]
    public void Parse_TimeWithoutZone_KeepsDateAndFlagsTheTime()
    {
        var date = DateLineParser.Parse("April 9, 2025 10:00 am");

        Assert.Equal(DateProblem.TimeWithoutZone, date.Problem);
        Assert.Equal("2025-04-09", date.Value);
    }

    [Theory]
    [InlineData("Phase 2 of the plan")]
    [InlineData("What is North Korea’s military doing in the Russia-Ukraine war?")]
    [InlineData("Expert Brief")]
    [InlineData("")]
    public void IsDateLike_OrdinaryLine_IsFalse(string line)
    {
        Assert.False(DateLineParser.IsDateLike(line));
    }
}
