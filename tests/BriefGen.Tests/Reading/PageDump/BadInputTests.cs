using System.Text;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n \u00a0\t\r\n\r")]
    [InlineData("Share\n\nClose\nMore on:\n")]
    public void Read_NoTitleLikeLine_ReportsBG1007ErrorWithoutBrief(string text)
    {
        var result = PageDumpTestText.Read(text);

        Assert.Null(result.Brief);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1007", 1, 1, "seeds/test.txt"), (d.Id, d.Line, d.Column, d.Path));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Read_TitleThatFoldsToNoSlug_UsesTheStemSlugWithBG2002()
    {
        var result = PageDumpTestText.Read("\n\nСевер и юг\n\nТекст.", path: "seeds/000_North Korea.txt");

        Assert.Equal("Север и юг", result.Brief!.Title);
        Assert.Equal("000-north-korea", result.Brief.Slug);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "BG2002");
        Assert.Equal(3, d.Line);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Read_RandomText_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var pieces = new[]
        {
            "\n", "\r\n", "\r", " ", "\u00a0", "\t", "More on:", "By ", " and ", ", ", "Top Stories on CFR", "from ", ".", "?",
            "October 25, 2024", " 11:27 am", " (EST)", " (XYZ)", "Jane Roe is ", "Dr. ", "U.S. ", "T. ", "Jr. ",
            "This work is licensed under ", "(CC BY 4.0) License.", "This work represents the views and opinions", "Close", "é", "\ud83d\ude00",
        };
        for (var round = 0; round < 40; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                if (random.Next(3) == 0)
                {
                    sb.Append((char)random.Next(0, 0xD800));
                }
                else
                {
                    sb.Append(pieces[random.Next(pieces.Length)]);
                }
            }

            var text = sb.ToString();
            var result = PageDumpTestText.Read(text);

            Assert.True(result.Brief is not null || result.HasErrors);
            var lineCount = new BriefGen.Diagnostics.SourceText("x", text).LineCount;
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Line, 1, lineCount));
        }
    }
}
