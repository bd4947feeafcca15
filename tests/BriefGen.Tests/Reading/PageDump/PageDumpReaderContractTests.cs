using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Model.Json;
using BriefGen.Reading.PageDump;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class PageDumpReaderContractTests
{
    [Fact]
    public void Extensions_PageDumpReader_ClaimsTxtOnly()
    {
        Assert.Equal([".txt"], new PageDumpReader().Extensions);
    }

    [Fact]
    public void Read_InParallel_GivesTheSameModelEveryTime()
    {
        var text = PageDumpTestText.ReadFileText(Path.Combine(RepoPaths.Seeds, "000_b76aa47ddb24d270.txt"));
        var reader = new PageDumpReader();
        var source = new SourceText("seeds/000_b76aa47ddb24d270.txt", text);
        var expected = BriefJson.Serialize(reader.Read(source, BriefGen.Reading.ReaderOptions.Default).Brief!);

        var results = new string[32];
        Parallel.For(0, results.Length, i => results[i] = BriefJson.Serialize(reader.Read(source, BriefGen.Reading.ReaderOptions.Default).Brief!));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Read_AnySeed_GivesTextFormatAndNoImageUrl()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.ReadFileText(Path.Combine(RepoPaths.Seeds, "000_b76aa47ddb24d270.txt"))).Brief!;

        Assert.Equal(BriefFormat.Text, brief.Format);
        Assert.Null(brief.Image!.Url);
    }

    [Fact]
    public void Descriptors_PageDumpCodes_AreInTheCatalogInTheirRange()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["BG1101", "BG1102", "BG1103", "BG1104", "BG1105", "BG1106", "BG1107", "BG1108", "BG1109"],
            ids.Where(id => string.CompareOrdinal(id, "BG1100") >= 0 && string.CompareOrdinal(id, "BG1199") <= 0));
        Assert.All(
            new[] { Descriptors.TimeWithoutZone, Descriptors.LicenseNotUnderstood, Descriptors.NoAuthors, Descriptors.NoDateLine },
            d => Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity));
    }
}
