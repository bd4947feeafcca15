using BriefGen.Diagnostics;
using BriefGen.Reading;

namespace BriefGen.Tests.Reading.Loading;

public sealed class SeedDiscoveryTests
{
    private const string Seed = "---\ntitle: T\n---\n\nBody.\n";

    private static (IReadOnlyList<SeedFile> Seeds, DiagnosticBag Bag) Discover(TempFolder temp)
    {
        var bag = new DiagnosticBag();
        return (SeedLoader.CreateDefault().Discover(temp["site/seeds"], temp["site"], bag), bag);
    }

    [Fact]
    public void Discover_MixedFolder_OnlySeedsByTheContractRules()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/b.txt", "T\n");
        temp.Write("site/seeds/a.md", Seed);
        temp.Write("site/seeds/A.expected.json", "{}");
        temp.Write("site/seeds/README.md", Seed);
        temp.Write("site/seeds/deep/readme.MD", Seed);
        temp.Write("site/seeds/_draft.md", Seed);
        temp.Write("site/seeds/.hidden.txt", "T\n");
        temp.Write("site/seeds/_partials/p.md", Seed);
        temp.Write("site/seeds/.git/q.txt", "T\n");
        temp.Write("site/seeds/notes.json", "{}");
        temp.Write("site/seeds/orphan.yml", "kind: K\n");
        temp.Write("site/seeds/deep/er/c.TXT", "T\n");

        var (seeds, bag) = Discover(temp);

        Assert.Equal(["seeds/a.md", "seeds/b.txt", "seeds/deep/er/c.TXT"], seeds.Select(s => s.DisplayPath));
        Assert.Equal(0, bag.Count);
        Assert.All(seeds, s => Assert.Null(s.SidecarPath));
    }

    [Fact]
    public void Discover_SidecarBesideSeed_Attached()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/sub/x.txt", "T\n");
        var sidecar = temp.Write("site/seeds/sub/x.yml", "kind: K\n");

        var (seeds, _) = Discover(temp);

        Assert.Equal(sidecar, Assert.Single(seeds).SidecarPath);
    }

    [Fact]
    public void Discover_TwoSeedsWithOneStem_ErrorNamingBothAndNeitherListed()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/x.txt", "T\n");
        temp.Write("site/seeds/x.md", Seed);
        temp.Write("site/seeds/y.md", Seed);

        var (seeds, bag) = Discover(temp);

        Assert.Equal(["seeds/y.md"], seeds.Select(s => s.DisplayPath));
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("BG1010", DiagnosticSeverity.Error), (d.Id, d.Severity));
        Assert.Contains("seeds/x.md", d.Message, StringComparison.Ordinal);
        Assert.Contains("seeds/x.txt", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_ThreeSeedsWithOneStemInAnyCase_EachOtherNamedWithTheFirst()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/Brief.md", Seed);
        temp.Write("site/seeds/a.md", Seed);
        temp.Write("site/seeds/brief.txt", "T\n");
        temp.Write("site/seeds/BRIEF.md", Seed);
        temp.Write("site/seeds/brief.yml", "kind: K\n");

        var (seeds, bag) = Discover(temp);

        Assert.Equal(["seeds/a.md"], seeds.Select(s => s.DisplayPath));
        var messages = bag.ToImmutable().Select(d => (d.Id, d.Message)).Order().ToArray();
        Assert.Equal(2, messages.Length);
        Assert.All(messages, m => Assert.Equal("BG1010", m.Id));
        Assert.All(messages, m => Assert.StartsWith("two seeds share the stem 'BRIEF': seeds/BRIEF.md and ", m.Message, StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Message.EndsWith("seeds/Brief.md", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Message.EndsWith("seeds/brief.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Discover_Seeds_StampedAsTheFileSystemSeesThem()
    {
        using var temp = new TempFolder();
        var seed = temp.Write("site/seeds/x.md", Seed);
        var sidecar = temp.Write("site/seeds/x.yml", "kind: K\n");
        var alone = temp.Write("site/seeds/y.md", Seed + "More.\n");

        var (seeds, _) = Discover(temp);

        var (seedStamp, sidecarStamp, aloneStamp) = (new FileInfo(seed), new FileInfo(sidecar), new FileInfo(alone));
        Assert.Equal(new BriefGen.Reading.SeedStamp(seedStamp.Length, seedStamp.LastWriteTimeUtc.Ticks, sidecarStamp.Length, sidecarStamp.LastWriteTimeUtc.Ticks), seeds[0].Listed);
        Assert.Equal(new BriefGen.Reading.SeedStamp(aloneStamp.Length, aloneStamp.LastWriteTimeUtc.Ticks, -1, 0), seeds[1].Listed);
    }

    [Fact]
    public void Discover_SameStemInDifferentFolders_BothListed()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/a/x.txt", "T\n");
        temp.Write("site/seeds/b/x.md", Seed);

        var (seeds, bag) = Discover(temp);

        Assert.Equal(2, seeds.Count);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void Discover_LinksLeadingOutside_WarnedAndNotFollowed()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/a.md", Seed);
        var outsideFile = temp.Write("elsewhere/o.md", Seed);
        temp.Write("elsewhere/dir/p.md", Seed);
        File.CreateSymbolicLink(temp["site/seeds/o.md"], outsideFile);
        Directory.CreateSymbolicLink(temp["site/seeds/dir"], temp["elsewhere/dir"]);
        File.CreateSymbolicLink(temp["site/seeds/rel.md"], "../../elsewhere/o.md");

        var (seeds, bag) = Discover(temp);

        Assert.Equal(["seeds/a.md"], seeds.Select(s => s.DisplayPath));
        var warnings = bag.ToSortedImmutable();
        Assert.All(warnings, d => Assert.Equal(("BG1009", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
        Assert.Equal(["seeds/dir", "seeds/o.md", "seeds/rel.md"], warnings.Select(d => d.Path));
    }

    [Fact]
    public void Discover_LinksInsideAndCycles_FollowedOnceWithoutLooping()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/real/x.md", Seed);
        temp.Write("site/seeds/other/y.md", Seed);
        Directory.CreateSymbolicLink(temp["site/seeds/alias"], "real");
        Directory.CreateSymbolicLink(temp["site/seeds/real/loop"], "..");
        Directory.CreateSymbolicLink(temp["site/seeds/zlink"], temp["site/seeds/other"]);
        File.CreateSymbolicLink(temp["site/seeds/linked.md"], "real/x.md");

        var (seeds, bag) = Discover(temp);

        // each folder is searched once, at its own path; a file link inside is a seed of its own
        Assert.Equal(["seeds/linked.md", "seeds/other/y.md", "seeds/real/x.md"], seeds.Select(s => s.DisplayPath));
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void Discover_LargeFolder_ListedInParallel_SameRulesAsASmallOne()
    {
        using var temp = new TempFolder();
        var expected = new List<string>();
        for (var i = 0; i < 700; i++)
        {
            var name = $"b{i:D3}";
            temp.Write($"site/seeds/{name}.md", Seed);
            expected.Add($"seeds/{name}.md");
            if (i % 7 == 0)
            {
                temp.Write($"site/seeds/{name}.yml", "kind: K\n");
            }

            if (i % 50 == 0)
            {
                temp.Write($"site/seeds/_draft{i}.md", Seed);
                temp.Write($"site/seeds/notes{i}.json", "{}");
            }
        }

        temp.Write("site/seeds/sub/c.md", Seed);
        Directory.CreateSymbolicLink(temp["site/seeds/alias"], "sub");
        File.CreateSymbolicLink(temp["site/seeds/linked.md"], "b001.md");
        File.CreateSymbolicLink(temp["site/seeds/outside.md"], temp.Write("elsewhere/o.md", Seed));
        expected.AddRange(["seeds/linked.md", "seeds/sub/c.md"]);

        var (seeds, bag) = Discover(temp);

        Assert.Equal(expected.Order(StringComparer.Ordinal), seeds.Select(s => s.DisplayPath));
        Assert.Equal("BG1009", Assert.Single(bag.ToImmutable()).Id); // the link leading outside
        Assert.All(seeds.Where(s => s.DisplayPath.StartsWith("seeds/b", StringComparison.Ordinal)), s =>
        {
            var index = int.Parse(s.DisplayPath.AsSpan(7, 3), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(index % 7 == 0, s.SidecarPath is not null);
            var info = new FileInfo(s.FullPath);
            Assert.Equal((info.Length, info.LastWriteTimeUtc.Ticks), (s.Listed!.Value.Length, s.Listed.Value.WriteTicks));
        });
        Assert.Null(seeds.Single(s => s.DisplayPath == "seeds/linked.md").Listed); // a link's target may change unseen
    }

    [Fact]
    public void Discover_SeedsFolderReachedThroughALink_InsideLinksStillInside()
    {
        using var temp = new TempFolder();
        temp.Write("real-site/seeds/sub/x.md", Seed);
        Directory.CreateSymbolicLink(temp["site"], temp["real-site"]);
        Directory.CreateSymbolicLink(temp["real-site/seeds/abs"], temp["real-site/seeds/sub"]);

        var (seeds, bag) = Discover(temp);

        Assert.Equal(["seeds/sub/x.md"], seeds.Select(s => s.DisplayPath));
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void Discover_BrokenLinkInside_WarnedAndSkipped()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["site/seeds"]);
        File.CreateSymbolicLink(temp["site/seeds/gone.md"], "nothing-here.md");

        var (seeds, bag) = Discover(temp);

        Assert.Empty(seeds);
        Assert.Equal("BG1014", Assert.Single(bag.ToImmutable()).Id);
    }

    [Fact]
    public void Discover_FoldersDeeperThanTheLimit_WarnedAndNotSearched()
    {
        using var temp = new TempFolder();
        var deep = string.Join('/', Enumerable.Range(0, 34).Select(i => "d" + i));
        temp.Write("site/seeds/" + deep + "/x.md", Seed);
        temp.Write("site/seeds/d0/ok.md", Seed);

        var (seeds, bag) = Discover(temp);

        Assert.Equal(["seeds/d0/ok.md"], seeds.Select(s => s.DisplayPath));
        Assert.Equal(("BG1013", DiagnosticSeverity.Warning), (Assert.Single(bag.ToImmutable()).Id, bag.ToImmutable()[0].Severity));
    }

    [Fact]
    public void Discover_MissingFolder_Empty()
    {
        using var temp = new TempFolder();

        var (seeds, bag) = Discover(temp);

        Assert.Empty(seeds);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void DiscoverAs_FolderAsTyped_DisplayPathsStartWithIt()
    {
        using var temp = new TempFolder();
        temp.Write("site/seeds/a/x.md", Seed);

        var seeds = SeedLoader.CreateDefault().DiscoverAs(temp["site/seeds"], "my/seeds/", new DiagnosticBag());

        Assert.Equal("my/seeds/a/x.md", Assert.Single(seeds).DisplayPath);
    }
}
