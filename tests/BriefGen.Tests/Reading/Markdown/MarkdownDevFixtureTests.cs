using BriefGen.Model.Json;
using BriefGen.Reading;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Reading.Markdown;

public sealed class MarkdownDevFixtureTests
{
    [Theory]
    [InlineData("09-undersea-cables")]
    [InlineData("10-fisheries-subsidies")]
    public void Load_MarkdownDevFixture_SerializesToExpectedJsonByteForByte(string name)
    {
        var seedPath = Path.Combine(RepoPaths.DevFixtures, name + ".md");
        var expected = File.ReadAllBytes(Path.Combine(RepoPaths.DevFixtures, name + ".expected.json"));

        var loaded = SeedLoader.CreateDefault().Load(SeedLoader.FileAt(seedPath, name + ".md"));

        Assert.Empty(loaded.Diagnostics);
        Assert.NotNull(loaded.Brief);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), BriefJson.Serialize(loaded.Brief));
    }
}
