using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BriefGen.Model;
using BriefGen.Output;
using BriefGen.Rendering.Pages;
using BriefGen.Site;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// The search index a build writes under <c>search/</c>: which field each term is found in (what the script ranks
/// by), the normalisation shared with the script, <c>search: false</c>, and that an edit re-writes only the parts it
/// touches. The demo site's index is held by its snapshots; the script's ranking by <c>BrowserSearchTests</c>.
/// </summary>
public sealed partial class SearchIndexTests
{
    [Fact]
    public void Terms_AreFoldedLowerCasedAndSplitOnAllButLettersAndNumbers()
        => Assert.Equal(["egalite", "c", "est", "l", "avenir", "2025", "ﬁn", "łodz", "東京"], DistinctTerms("Égalité, c'est l'AVENIR—2025! ﬁn Łódź 東京 égalité"));

    [Fact]
    public void AsciiTerms_AreLowerCasedAndSplitLikeAnyOther_AndARunOfOver64CharactersIsNoTerm()
        => Assert.Equal(["budget", "2025", "reform", "x", "y", new string('a', 64), "end"],
            DistinctTerms($"Budget-2025 REFORM, x_y budget {new string('A', 64)} {new string('b', 65)} end"));

    /// <summary>
    /// ASCII text is split eight characters at a time: random texts (words across every boundary of eight and of 64
    /// characters, runs longer than a term) give the terms of the rule as written, a run of letters and digits each.
    /// </summary>
    [Fact]
    public void AsciiTerms_OfRandomTexts_AreTheRunsOfLettersAndDigits()
    {
        var random = new Random(20261208);
        const string WordChars = "abcXYZ019", OtherChars = " .,-'_@[`{/:";
        string Run(string chars, int length) => new([.. Enumerable.Range(0, length).Select(_ => chars[random.Next(chars.Length)])]);
        for (var round = 0; round < 500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => Run(WordChars, random.Next(10) == 0 ? random.Next(60, 70) : random.Next(1, 12)) + Run(OtherChars, random.Next(1, 4))));
            var expected = AsciiRuns().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length <= 64).Distinct();
            Assert.Equal(expected, DistinctTerms(text));
        }
    }

    [Fact]
    public void Index_RecordsTheFieldEachBriefHoldsATermIn()
    {
        var writer = Build(RankingSite(TestSite.TempDir()));

        var fields = Postings(writer, "glacier");

        Assert.Equal(new Dictionary<string, SearchFields>
        {
            ["Glacier Funding Rules"] = SearchFields.Title | SearchFields.Details,
            ["Water Policy"] = SearchFields.Topic,
            ["Budget Notes"] = SearchFields.Body,
        }, fields);
        var meta = JsonNode.Parse(writer.ReadText("search/meta.json"))!;
        Assert.Equal(4, (int)meta["documents"]!);
        Assert.Equal([""], meta["shards"]!.AsArray().Select(k => (string)k!)); // a small site's terms make one file
    }

    [Fact]
    public void SearchOff_WritesNoIndexPageAssetsOrForm()
    {
        var site = RankingSite(TestSite.TempDir());
        File.AppendAllText(Path.Combine(site, "briefgen.yml"), "search: false\n");

        var writer = Build(site);

        Assert.DoesNotContain(writer.Files.Keys, f => f.StartsWith("search/", StringComparison.Ordinal) || f.StartsWith("assets/search.", StringComparison.Ordinal));
        Assert.DoesNotContain("role=\"search\"", writer.ReadText("index.html"), StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", Build(RankingSite(TestSite.TempDir())).ReadText("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void BodyEdit_RewritesOnlyTheShardsOfItsNewWords_AndItsFragment()
    {
        var root = TestSite.TempDir();
        var site = WithFillers(RankingSite(Path.Combine(root, "site")));
        var options = new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(root, "out") };
        var generator = new BriefGenerator();
        Assert.True(generator.Build(options).Succeeded);
        var before = Snapshot(options.OutputDir);

        var seed = Path.Combine(site, "seeds", "notes.md");
        File.WriteAllText(seed, File.ReadAllText(seed) + "\nA quixotic xylophonist.\n");
        var result = generator.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var after = Snapshot(options.OutputDir);
        var changed = after.Keys.Where(f => !before.TryGetValue(f, out var old) || old != after[f]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["search/docs/0.json", "search/index/a.json", "search/index/q.json", "search/index/x.json", "search/meta.json"],
            changed.Where(f => f.StartsWith("search/", StringComparison.Ordinal)));
        Assert.True(Directory.GetFiles(Path.Combine(options.OutputDir, "search", "index")).Length > 10); // the fillers' shards, kept
        Assert.Equal(changed.Count, result.FilesRendered); // every file made again changed: nothing else was rendered
    }

    /// <summary>Four briefs: "glacier" in one's title, one's topic, one's body, and in none of the fourth.</summary>
    internal static string RankingSite(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "title: Search Test\n");
        File.WriteAllText(Path.Combine(dir, "seeds", "rules.md"), "---\ntitle: Glacier Funding Rules\nsummary: How glacier money is spent.\n---\nNothing else here.\n");
        File.WriteAllText(Path.Combine(dir, "seeds", "water.md"), "---\ntitle: Water Policy\ntopics: [Glacier Science]\n---\nOther text entirely.\n");
        File.WriteAllText(Path.Combine(dir, "seeds", "notes.md"), "---\ntitle: Budget Notes\nkind: Backgrounder\n---\nThe zygomorphic glacier survey ran long.\n");
        File.WriteAllText(Path.Combine(dir, "seeds", "other.md"), "---\ntitle: Harbour Tolls\n---\nShips pay by weight.\n");
        return dir;
    }

    /// <summary>
    /// Adds briefs enough to split the index by first letters and further, each holding the terms <c>f0</c> to
    /// <c>f299</c>, titled to come after <see cref="RankingSite"/>'s.
    /// </summary>
    private static string WithFillers(string dir)
    {
        var body = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"f{i}"));
        for (var i = 0; i < 60; i++)
        {
            File.WriteAllText(Path.Combine(dir, "seeds", $"filler{i}.md"), $"---\ntitle: Zz Filler {i:00}\n---\n{body}\n");
        }

        return dir;
    }

    private static InMemorySiteWriter Build(string site)
    {
        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site }, new BuildHooks(_ => writer));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return writer;
    }

    /// <summary>The briefs (by title) a term stands in and where, found and decoded as the script finds and decodes a shard.</summary>
    private static Dictionary<string, SearchFields> Postings(InMemorySiteWriter writer, string term)
    {
        var titles = JsonNode.Parse(writer.ReadText("search/docs/0.json"))!.AsArray().Select(d => (string)d!["title"]!).ToList();
        var keys = JsonNode.Parse(writer.ReadText("search/meta.json"))!["shards"]!.AsArray().Select(k => (string)k!);
        var shard = keys.Where(k => term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)!;
        var postings = JsonNode.Parse(writer.ReadText(SearchIndexJson.ShardFile(shard)))![term]!.AsArray().Select(p => (int)p!);
        var (document, fields) = (0, new Dictionary<string, SearchFields>());
        foreach (var p in postings)
        {
            document += p / 16;
            fields[titles[document]] = (SearchFields)(p % 16);
        }

        return fields;
    }

    /// <summary>The distinct terms of <paramref name="text"/>, in order of first appearance.</summary>
    private static List<string> DistinctTerms(string text)
    {
        var (vocabulary, terms) = (new SearchVocabulary(), new SearchTermSet());
        SearchTerms.AddTo(vocabulary, terms, text);
        return [.. terms.TakeSorted().Select(vocabulary.Text)]; // a new vocabulary numbers terms as it meets them
    }

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex AsciiRuns();

    private static Dictionary<string, string> Snapshot(string dir)
        => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText);
}
