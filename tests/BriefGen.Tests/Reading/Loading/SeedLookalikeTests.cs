using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Reading.Loading;

/// <summary>Files that look like seeds but are not built are named, with the rule, rather than ignored.</summary>
public sealed class SeedLookalikeTests
{
    [Theory]
    [InlineData("notes.markdown")]
    [InlineData("sub/draft.mdx")]
    [InlineData("page.html")]
    [InlineData("page.HTM")]
    [InlineData("dump.text")]
    public void Discover_SeedLookingFileInSeeds_WarnsNamingItAndTheRule(string name)
    {
        using var temp = new TempFolder();
        temp.Write("seeds/" + name, "# A brief\n");
        var bag = new DiagnosticBag();

        var seeds = SeedLoader.CreateDefault().Discover(temp["seeds"], temp.Path, bag);

        Assert.Empty(seeds);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("BG1016", DiagnosticSeverity.Warning, "seeds/" + name), (d.Id, d.Severity, d.Path));
        Assert.Equal($"'{Path.GetFileName(name)}' is not built: seeds are *.txt and *.md; rename it to build it", d.Message);
    }

    [Fact]
    public void Discover_OtherFiles_NoWarning()
    {
        using var temp = new TempFolder();
        temp.Write("seeds/a.md", "---\ntitle: A\n---\n\nBody.\n");
        temp.Write("seeds/a.yml", "kind: Report\n");
        temp.Write("seeds/a.expected.json", "{}");
        temp.Write("seeds/photo.png", "x");
        temp.Write("seeds/_draft.markdown", "x");
        var bag = new DiagnosticBag();

        SeedLoader.CreateDefault().Discover(temp["seeds"], temp.Path, bag);

        Assert.Empty(bag.ToImmutable());
    }

    [Theory]
    [InlineData("Seeds/a.md", "'Seeds/'")]
    [InlineData("seed/a.txt", "'seed/'")]
    [InlineData("Seed/a.txt", "'Seed/'")]
    [InlineData("brief.md", "'brief.md'")]
    [InlineData("dump.TXT", "'dump.TXT'")]
    public void Build_NoBriefs_SaysWhereSeedLookingFilesAre(string misplaced, string named)
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, misplaced))!);
        File.WriteAllText(Path.Combine(dir, misplaced), "---\ntitle: A\n---\n\nBody.\n");

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir }, _ => new BriefGen.Output.InMemorySiteWriter());

        var d = Assert.Single(result.Diagnostics, d => d.Id == "BG2004");
        Assert.Equal($"no briefs found under 'seeds'; the site has only its index pages; seeds are read only from 'seeds/', not from {named} beside it: move them into 'seeds/'", d.Message);
    }

    [Fact]
    public void Build_NoBriefs_ProjectDocumentsAreNotSeeds()
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        foreach (var name in new[] { "README.md", "license.txt", "CHANGELOG.md", "Contributing.md", "_notes.md" })
        {
            File.WriteAllText(Path.Combine(dir, name), "text\n");
        }

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir }, _ => new BriefGen.Output.InMemorySiteWriter());

        Assert.Equal("no briefs found under 'seeds'; the site has only its index pages", Assert.Single(result.Diagnostics, d => d.Id == "BG2004").Message);
    }

    [Fact]
    public void RepositoryRoot_TheDemoSite_HasNoSeedLookalikes()
    {
        var bag = new DiagnosticBag();

        SeedLoader.CreateDefault().Discover(RepoPaths.Seeds, RepoPaths.Root, bag);

        Assert.Empty(bag.ToImmutable());
        Assert.Empty(SeedLookalikes.OutsideSeedsHint(RepoPaths.Root));
    }
}
