using BriefGen.Output;
using BriefGen.Tests.Incremental;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Reading;

public sealed class SeedStoreTests
{
    [Fact]
    public void NoMemoryBudget_BriefsReadAgainForTheirPages_SameSiteAsKeepingThemWhole()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 11);
        for (var i = 0; i < 12; i++)
        {
            site.AddSeed();
        }

        var whole = Build(site.Root, long.MaxValue);
        var slim = Build(site.Root, 0);

        Assert.Equal(whole.Files.Keys.Order(StringComparer.Ordinal), slim.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(whole.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(slim.Files[f.Key]), f.Key));
        Directory.Delete(root, recursive: true);
    }

    private static InMemorySiteWriter Build(string siteDir, long budget)
    {
        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = siteDir }, new BuildHooks(_ => writer, null, budget));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return writer;
    }
}
