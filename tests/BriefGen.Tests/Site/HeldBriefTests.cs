using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// A held brief (a draft, under embargo, or expired) is in no output at all: the site built with it is byte for byte
/// the site built without its seed, and no file names its unique title, slug, author, bio or topic.
/// </summary>
public sealed class HeldBriefTests
{
    private const string Title = "Quokkas Vanish From Zanzibar";
    private const string Slug = "zzheld-quokka-slug";
    private const string Author = "Ottoline Heldmann";
    private const string Bio = "Bio written only in the held brief";
    private const string Topic = "Heldtopia";
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(-4));

    [Theory]
    [InlineData("draft: true")]
    [InlineData("embargo: 2025-06-02T09:00:00-04:00")]
    [InlineData("expires: \"2025-05-01T00:00:00Z\"")]
    public void HeldBrief_IsInNoOutput(string hold)
    {
        var root = TestSite.TempDir();
        var withHeld = WriteSite(Path.Combine(root, "with"), hold);
        var without = WriteSite(Path.Combine(root, "without"), hold: null);

        var held = Build(withHeld, Path.Combine(root, "out-with"));
        var reference = Build(without, Path.Combine(root, "out-without"));

        AssertSameSite(reference, held, hold);
        AssertNoTrace(held);
        AssertNoTraceBeside(root, "with");
        Assert.Equal(1, held.HeldCount);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void EmbargoLifted_IncrementalBuild_PublishesItEverywhereAsACleanBuildDoes()
    {
        var root = TestSite.TempDir();
        var site = WriteSite(Path.Combine(root, "site"), "embargo: 2025-06-02T09:00:00-04:00");
        var output = Path.Combine(root, "out");
        var generator = new BriefGenerator();

        var before = Build(site, output, generator);
        AssertNoTrace(before);
        Build(site, output, new BriefGenerator());
        AssertNoTraceBeside(root, "site");
        var after = Build(site, output, generator, Now.AddDays(1));
        var clean = Build(site, Path.Combine(root, "clean"), new BriefGenerator(), Now.AddDays(1));

        Assert.EndsWith("; 1 held; next change 2025-06-02T09:00:00-04:00", BuildSummary.Format(before, site), StringComparison.Ordinal);
        AssertSameSite(clean, after, "after the embargo lifted");
        Assert.Contains($"briefs/{Slug}/index.html", after.Files);
        Assert.Equal(0, after.HeldCount);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void IncludeDrafts_BuildsTheDraft_AndNamesItsPageAsHeld()
    {
        var root = TestSite.TempDir();
        var site = WriteSite(Path.Combine(root, "site"), "draft: true");

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(root, "out"), Now = Now, IncludeDrafts = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([$"briefs/{Slug}/index.html"], result.HeldPages);
        Assert.Contains(Title, File.ReadAllText(Path.Combine(result.OutputDir, "index.html")), StringComparison.Ordinal);
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("embargo: 2025-06-02T09:00:00", "BG1213")]
    [InlineData("embargo: soon", "BG1213")]
    [InlineData("expires: [2025]", "BG1205")]
    [InlineData("draft: maybe", "BG1205")]
    public void InvalidHoldValue_IsAnErrorAtTheField(string hold, string code)
    {
        var root = TestSite.TempDir();
        var site = WriteSite(Path.Combine(root, "site"), hold);

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(root, "out"), Now = Now });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, "seeds/held.md", 4), (error.Id, error.Path, error.Line));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void DateAloneEmbargo_WarnsAndMeansMidnightUtc()
    {
        var root = TestSite.TempDir();
        var site = WriteSite(Path.Combine(root, "site"), "embargo: 2025-06-02");

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(root, "out"), Now = Now });

        var warning = Assert.Single(result.Diagnostics, d => d.Path == "seeds/held.md");
        Assert.Equal(("BG1214", 4), (warning.Id, warning.Line));
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero), result.NextChange);
        Directory.Delete(root, recursive: true);
    }

    private static BuildResult Build(string site, string output, BriefGenerator? generator = null, DateTimeOffset? now = null)
    {
        var result = (generator ?? new BriefGenerator()).Build(new SiteBuildOptions { SiteDir = site, OutputDir = output, Now = now ?? Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>Two public briefs that share an author and a topic with the held one, and the held one when <paramref name="hold"/> is given.</summary>
    private static string WriteSite(string dir, string? hold)
    {
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "title: Held Test\nbaseUrl: https://example.org/\nbriefJson: true\n");
        for (var i = 1; i <= 2; i++)
        {
            File.WriteAllText(Path.Combine(dir, "seeds", $"public{i}.md"), $"---\ntitle: Public brief {i}\ndate: 2025-0{i}-01\nauthors:\n  - name: Ada Lind\n    bio: The public bio.\ntopics: [Trade]\nprogram: Europe Program\nkind: Expert Brief\n---\n\nBody {i}.\n");
        }

        if (hold is not null)
        {
            // The held brief is the newest, so its bio of the shared author would win if it leaked into the author page.
            File.WriteAllText(Path.Combine(dir, "seeds", "held.md"), $"---\ntitle: {Title}\nslug: {Slug}\n{hold}\ndate: 2025-05-30\nauthors:\n  - name: Ada Lind\n    bio: {Bio}\n  - name: {Author}\ntopics: [Trade, {Topic}]\nprogram: Europe Program\nkind: Expert Brief\nrelated:\n  - label: Public brief 1\n    summary: x\n---\n\nHeld body.\n");
        }

        // Settled seeds, as the seed cache keeps only files not written in the last moments.
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(dir, "seeds")))
        {
            File.SetLastWriteTimeUtc(seed, DateTime.UtcNow.AddHours(-1));
        }

        return dir;
    }

    private static void AssertSameSite(BuildResult expected, BuildResult actual, string when)
        => Incremental.IncrementalBuildTests.AssertSameAsClean(expected, actual, when);

    private static readonly string[] Unique = [Title, Slug, Author, Bio, Topic, "heldtopia", "ottoline-heldmann", "Held body"];

    /// <summary>
    /// No file under <paramref name="root"/> but the held brief's own site names it: the build state and its journal
    /// (kept beside the output folder) hold nothing of it either, after a first build and after an incremental one.
    /// </summary>
    private static void AssertNoTraceBeside(string root, string heldSite)
    {
        var scanned = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0] == heldSite)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.False(Unique.Any(u => text.Contains(u, StringComparison.OrdinalIgnoreCase)), $"{Path.GetRelativePath(root, file)} names the held brief");
            scanned++;
        }

        Assert.True(scanned > 0);
        Assert.Contains(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories), f => !f.StartsWith(Path.Combine(root, heldSite), StringComparison.Ordinal) && Path.GetFileName(f).Contains("state", StringComparison.OrdinalIgnoreCase));
    }

    private static void AssertNoTrace(BuildResult result)
    {
        // The search index holds words one by one, lower-cased: its shards would name these.
        string[] unique = [.. Unique, "\"quokkas\"", "\"zanzibar\"", "\"ottoline\"", "\"heldmann\""];
        Assert.Contains("search/meta.json", result.Files);
        Assert.DoesNotContain(result.Files, f => unique.Any(u => f.Contains(u, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(result.BriefPages, p => p.Value == "seeds/held.md");
        foreach (var file in Directory.EnumerateFiles(result.OutputDir, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.False(unique.Any(u => text.Contains(u, StringComparison.OrdinalIgnoreCase)), $"{file} names the held brief");
        }
    }
}
