using BriefGen.Model;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// The numbering of search terms belongs to a generator and stays bounded by what the sites it builds use: another
/// site's words, or a held brief's, are not kept, and renumbering changes no output.
/// </summary>
public sealed class SearchVocabularyTests
{
    [Fact]
    public void ManyMoreTermsThanAThreadRemembers_EachKeepsItsOwnNumber_OnEveryThread()
    {
        var vocabulary = new SearchVocabulary();
        var terms = Enumerable.Range(0, 50_000).Select(i => $"t{i}").ToArray();
        var first = terms.Select(t => vocabulary.Number(t.AsSpan())).ToArray();

        Assert.Equal(terms.Length, first.Distinct().Count());
        Assert.Equal(terms, first.Select(vocabulary.Text));
        var again = new int[terms.Length];
        Parallel.For(0, terms.Length, i => again[i] = vocabulary.Number(terms[terms.Length - 1 - i].AsSpan()));
        Assert.Equal(first, again.Reverse());
    }

    [Fact]
    public void AfterABigSiteThenASmallOne_TheGeneratorKeepsOnlyTheSmallSitesWords()
    {
        var root = TestSite.TempDir();
        var generator = new BriefGenerator();
        Build(generator, BigSite(Path.Combine(root, "big")), Path.Combine(root, "big-out"));
        Assert.Contains("wordy4999", Terms(generator.SearchVocabulary));

        Build(generator, SearchIndexTests.RankingSite(Path.Combine(root, "small")), Path.Combine(root, "small-out"));

        var kept = Terms(generator.SearchVocabulary);
        Assert.DoesNotContain("wordy4999", kept);
        Assert.Contains("zygomorphic", kept); // the small site's body words, renumbered for its next build
    }

    [Fact]
    public void AHeldBriefsWords_AreNotNumbered()
    {
        var root = TestSite.TempDir();
        var site = SearchIndexTests.RankingSite(Path.Combine(root, "site"));
        File.WriteAllText(Path.Combine(site, "seeds", "draft.md"), "---\ntitle: Unfinished\ndraft: true\n---\nA quincunxial thought.\n");
        var generator = new BriefGenerator();

        Build(generator, site, Path.Combine(root, "out"));

        Assert.DoesNotContain("quincunxial", Terms(generator.SearchVocabulary));
        Assert.Contains("zygomorphic", Terms(generator.SearchVocabulary));
    }

    [Fact]
    public void AfterRenumbering_AnIncrementalBuildWritesWhatAFullBuildWrites()
    {
        var root = TestSite.TempDir();
        var generator = new BriefGenerator();
        Build(generator, BigSite(Path.Combine(root, "big")), Path.Combine(root, "big-out"));
        var small = SearchIndexTests.RankingSite(Path.Combine(root, "small"));
        Build(generator, small, Path.Combine(root, "small-out"));
        var renumbered = generator.SearchVocabulary;

        var seed = Path.Combine(small, "seeds", "other.md");
        File.WriteAllText(seed, File.ReadAllText(seed) + "\nGlaciers melt; tolls rise.\n");
        Build(generator, small, Path.Combine(root, "small-out"));
        Build(new BriefGenerator(), small, Path.Combine(root, "fresh-out"));

        Assert.Same(renumbered, generator.SearchVocabulary);
        Assert.Equal(Files(Path.Combine(root, "fresh-out")), Files(Path.Combine(root, "small-out")));
    }

    /// <summary>A site of one brief with more distinct words than a vocabulary is ever replaced below.</summary>
    private static string BigSite(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "title: Many Words\n");
        var words = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"wordy{i}"));
        File.WriteAllText(Path.Combine(dir, "seeds", "words.md"), $"---\ntitle: Words\n---\n{words}\n");
        return dir;
    }

    /// <summary>Builds <paramref name="site"/>, its seeds dated in the past so that the seed cache keeps them (a fresh write is not trusted).</summary>
    private static void Build(BriefGenerator generator, string site, string output)
    {
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(site, "seeds")))
        {
            File.SetLastWriteTimeUtc(seed, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(new FileInfo(seed).Length));
        }

        var result = generator.Build(new SiteBuildOptions { SiteDir = site, OutputDir = output });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static HashSet<string> Terms(SearchVocabulary vocabulary)
        => [.. Enumerable.Range(0, vocabulary.Count).Select(vocabulary.Text)];

    private static Dictionary<string, string> Files(string dir)
        => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText);
}
