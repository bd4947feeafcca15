using BriefGen.Model.Json;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class LineEndsAndBlanksTests
{
    private const string P1 = "First body paragraph that is long enough to be a paragraph and ends with a full stop, like this one.";
    private const string P2 = "Second body paragraph that is long enough to be a paragraph and ends with a full stop, like this one.";

    public static TheoryData<string> LineEnds() => ["\n", "\r\n", "\r"];

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void Read_AnyLineEnd_GivesTheSameModel(string eol)
    {
        var lf = PageDumpTestText.Dump("Why now?", P1, P2);

        var expected = PageDumpTestText.Read(lf).Brief!;
        var actual = PageDumpTestText.Read(lf.Replace("\n", eol, StringComparison.Ordinal) + eol).Brief!;

        Assert.Equal(BriefJson.Serialize(expected), BriefJson.Serialize(actual));
        Assert.Equal(2, actual.Sections[0].Paragraphs.Count);
    }

    [Fact]
    public void Read_MixedLineEnds_SplitsEveryLine()
    {
        var lines = PageDumpTestText.Dump("Why now?", P1, P2).Split('\n');
        var ends = new[] { "\r\n", "\n", "\r" };
        var mixed = string.Concat(lines.Select((l, i) => l + ends[i % ends.Length]));

        var brief = PageDumpTestText.Read(mixed).Brief!;

        Assert.Equal("Why now?", Assert.Single(brief.Sections).Heading);
        Assert.Equal([P1, P2], brief.Sections[0].Paragraphs);
        Assert.Equal("2024-10-25T11:27:00-05:00", brief.Published);
    }

    [Fact]
    public void Read_WhitespaceOnlyBlankLines_SeparateBlocks()
    {
        var text = PageDumpTestText.Dump(P1)
                   + "\n\u00a0\n\t \nWho sets the rules?\n \u00a0\t\n\u2009\n" + P2 + "\n\u202f";

        var brief = PageDumpTestText.Read(text).Brief!;

        Assert.Equal([null, "Who sets the rules?"], brief.Sections.Select(s => s.Heading));
        Assert.Equal([P2], brief.Sections[1].Paragraphs);
    }

    [Fact]
    public void Read_NbspAndTabsInsideLines_AreNormalised()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(
            "Why\u00a0 now?\t", "\tFirst\u00a0body  paragraph\u2009that is long enough to be a paragraph and ends with a full stop, like this one. ")).Brief!;

        Assert.Equal("Why now?", brief.Sections[0].Heading);
        Assert.Equal(P1, brief.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void Read_LeadingBlankAndChromeLines_DoNotBecomeTheTitle()
    {
        var brief = PageDumpTestText.Read("\n \u00a0\nShare\n\n" + PageDumpTestText.Dump(P1)).Brief!;

        Assert.Equal("A Title for Testing the Reader", brief.Title);
        Assert.Equal("Test Program", brief.Program);
    }
}
