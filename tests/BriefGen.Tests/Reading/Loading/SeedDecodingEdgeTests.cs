using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Reading;

namespace BriefGen.Tests.Reading.Loading;

/// <summary>Edges of the decoder's fast paths: the control-byte limit, where the bad byte is named, and line starts.</summary>
public sealed class SeedDecodingEdgeTests
{
    private static readonly SeedLoader Loader = SeedLoader.CreateDefault();

    private static byte[] Seed(string before, byte control, int count)
        => [.. Encoding.UTF8.GetBytes(before), .. Enumerable.Repeat(control, count), .. "\n\nBody.\n"u8];

    [Fact]
    public void Read_FourStrayControlBytes_AreTolerated()
    {
        var result = Loader.Read("seeds/x.md", Seed("---\ntitle: T\n---\n\n", 0x1B, 4));

        Assert.NotNull(result.Brief);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BG1005");
    }

    [Fact]
    public void Read_FiveControlBytes_BinaryAtTheFirstOne()
    {
        var d = Assert.Single(Loader.Read("seeds/x.md", [0xEF, 0xBB, 0xBF, .. Seed("---\ntitle: T\n---\n", 0x7F, 5)]).Diagnostics);

        Assert.Equal(("BG1005", 4), (d.Id, d.Line));
        Assert.Contains("byte offset 20", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8CutAtTheEnd_ErrorNamingWhereTheSequenceStarts()
    {
        var d = Assert.Single(Loader.Read("seeds/x.md", [.. "---\ntitle: \u00e9\n"u8, 0xE2, 0x82]).Diagnostics);

        Assert.Equal(("BG1004", 3), (d.Id, d.Line));
        Assert.Contains("byte offset 14", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceText_LinesAndColumns_MatchANaiveCount_OnRandomLineEnds()
    {
        var random = new Random(7);
        for (var n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => "ab\r\n"[random.Next(4)]).ToArray());
            var source = new SourceText("x", text);
            var (line, column) = (1, 1);
            for (var offset = 0; offset < text.Length; offset++)
            {
                Assert.Equal((line, column), (source.LineOf(offset), source.ColumnOf(offset)));
                var lineEnd = text[offset] == '\n' || (text[offset] == '\r' && (offset + 1 == text.Length || text[offset + 1] != '\n'));
                (line, column) = lineEnd && offset + 1 < text.Length ? (line + 1, 1) : (line, column + 1);
            }

            Assert.Equal(line, source.LineCount);
        }
    }
}
