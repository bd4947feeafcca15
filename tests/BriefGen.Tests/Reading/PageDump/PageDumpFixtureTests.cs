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

    [Fact]
    public void DevFixtures_Folder_HoldsPageDumps()
    {
        Assert.NotEmpty(DevFixtures());
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
