using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Model.Json;
using BriefGen.Reading;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Reading.Loading;

public sealed class SeedDecodingTests
{
    private static readonly SeedLoader Loader = SeedLoader.CreateDefault();

    private static Diagnostic SingleError(ReadResult result)
    {
        Assert.Null(result.Brief);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("seeds/x.md", d.Path);
        return d;
    }

    [Fact]
    public void Read_EmptyFile_EmptySeedError()
    {
        Assert.Equal("BG1001", SingleError(Loader.Read("seeds/x.md", [])).Id);
    }

    [Fact]
    public void Read_BomOnly_EmptySeedError()
    {
        Assert.Equal("BG1001", SingleError(Loader.Read("seeds/x.md", [0xEF, 0xBB, 0xBF])).Id);
    }

    [Fact]
    public void Read_WhiteSpaceOnlyIncludingNbspAndTabs_WhitespaceSeedError()
    {
        Assert.Equal("BG1002", SingleError(Loader.Read("seeds/x.md", Encoding.UTF8.GetBytes(" \t\u00a0\r\n\u2009\n"))).Id);
    }

    [Fact]
    public void Read_NulBytes_BinarySeedErrorWithOffset()
    {
        var d = SingleError(Loader.Read("seeds/x.md", [(byte)'a', (byte)'\n', 0x00, 0x01]));

        Assert.Equal(("BG1005", 2), (d.Id, d.Line));
        Assert.Contains("byte offset 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyControlBytes_BinarySeedError()
    {
        var bytes = Enumerable.Range(0, 40).Select(i => (byte)(i % 2 == 0 ? 'a' : 0x02)).ToArray();

        Assert.Equal("BG1005", SingleError(Loader.Read("seeds/x.md", bytes)).Id);
    }

    [Fact]
    public void Read_InvalidUtf8_ErrorNamingTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var d = SingleError(Loader.Read("seeds/x.md", bytes));

        Assert.Equal(("BG1004", 2), (d.Id, d.Line));
        Assert.Contains("byte offset 14", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("seeds/x.md(2): error BG1004:", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverTheSizeLimit_TooLargeError()
    {
        var loader = SeedLoader.CreateDefault(new ReaderOptions { MaxSeedBytes = 10 });

        var d = SingleError(loader.Read("seeds/x.md", Encoding.UTF8.GetBytes("---\ntitle: T\n---\n")));

        Assert.Equal("BG1006", d.Id);
    }

    [Fact]
    public void Read_UnknownExtension_NoReaderError()
    {
        var result = Loader.Read("seeds/x.json", Encoding.UTF8.GetBytes("{}"));

        Assert.Equal("BG1011", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_BomAndCrlf_SameModelAsLfWithoutBom()
    {
        var bytes = File.ReadAllBytes(RepoPaths.InRepo("tests", "BriefGen.Tests", "Reading", "Loading", "Fixtures", "bom-crlf.md"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains((byte)'\r', bytes);
        var lf = Encoding.UTF8.GetString(bytes[3..]).Replace("\r\n", "\n", StringComparison.Ordinal);

        var withBom = Loader.Read("seeds/x.md", bytes);
        var plain = Loader.Read("seeds/x.md", Encoding.UTF8.GetBytes(lf));

        Assert.Empty(withBom.Diagnostics);
        Assert.Equal("BOM and CRLF", withBom.Brief!.Title);
        Assert.Equal("First line\nsecond line.", withBom.Brief.Sections[0].Paragraphs[0]);
        Assert.Equal(BriefJson.Serialize(plain.Brief!), BriefJson.Serialize(withBom.Brief));
    }
}
