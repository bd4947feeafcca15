using BriefGen.Model.Json;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class PageDumpFixtureTests
{
    public static TheoryData<string> DevFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DevFixtures, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static TheoryData<string> KitFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(KitFixturesDir, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string KitFixturesDir => RepoPaths.InRepo("tests", "BriefGen.Tests", "Reading", "PageDump", "Fixtures");

    [Fact]
    public void Read_RepoSeed_SerializesToExpectedJsonByteForByte()
    {
        AssertMatchesExpected(Path.Combine(RepoPaths.Seeds, "000_b76aa47ddb24d270.txt"));
    }

    [Theory]
    [MemberData(nameof(DevFixtures))]
    public void Read_DevFixture_SerializesToExpectedJsonByteForByte(string name)
    {
        AssertMatchesExpected(Path.Combine(RepoPaths.DevFixtures, name));
    }

    [Theory]
    [MemberData(nameof(KitFixtures))]
    public void Read_KitFixture_SerializesToExpectedJsonByteForByte(string name)
    {
        AssertMatchesExpected(Path.Combine(KitFixturesDir, name));
    }

    [Fact]
    public void FixtureFolders_HoldPageDumps()
    {
        Assert.Equal(8, DevFixtures().Count);
        Assert.Equal(7, KitFixtures().Count);
    }

    private static void AssertMatchesExpected(string seedPath)
    {
        var expectedPath = Path.ChangeExtension(seedPath, null) + ".expected.json";
        var result = PageDumpTestText.Read(PageDumpTestText.ReadFileText(seedPath), path: Path.GetFileName(seedPath));

        Assert.NotNull(result.Brief);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var expected = File.ReadAllText(expectedPath);
        var actual = BriefJson.Serialize(result.Brief);
        var dump = Environment.GetEnvironmentVariable("BRIEFGEN_DUMP_MODELS");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            File.WriteAllText(Path.Combine(dump, Path.GetFileNameWithoutExtension(seedPath) + ".json"), actual);
        }

        Assert.Equal(expected, actual);
    }
}
