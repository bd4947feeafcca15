using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Incremental;

public sealed class IncrementalBuildTests
{
    private readonly BriefGenerator _generator = new();

    [Fact]
    public void RandomEdits_IncrementalBuild_EqualsCleanBuildEveryStep()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 20261201);
        for (var i = 0; i < 30; i++)
        {
            site.AddSeed();
        }

        var output = Path.Combine(root, "out");
        var first = Build(site, output);
        Assert.Equal(first.Files.Length, first.FilesWritten);
        var (held, clockMovesThatChangedTheSite) = (first.HeldCount, 0);
        for (var step = 1; step <= 24; step++)
        {
            var change = step % 4 == 0 ? site.MoveClock() : site.Step();
            var incremental = Build(site, output);
            var clean = Clean(site, Path.Combine(root, $"clean-{step}"));
            Assert.True(clean.FilesWritten == clean.Files.Length, $"step {step} ({change}): a fresh folder must be a full build");
            AssertSameAsClean(clean, incremental, $"step {step} ({change})");
            clockMovesThatChangedTheSite += change.StartsWith("clock", StringComparison.Ordinal) && incremental.HeldCount != held ? 1 : 0;
            held = incremental.HeldCount;

            Directory.Delete(clean.OutputDir, recursive: true);
        }

        Assert.True(clockMovesThatChangedTheSite > 0, "no clock move lifted an embargo or expired a brief: the sequence tests no clock move");

        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void RandomEditsAndRandomDamageToTheState_IncrementalBuild_EqualsCleanBuildEveryStep()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 20261207, seeds: 12);

        var output = Path.Combine(root, "out");
        var state = Path.Combine(root, "state");
        var random = new Random(14);
        Build(site, output, state);
        for (var step = 1; step <= 30; step++)
        {
            var change = site.Step();
            var damage = StateDamage.Apply(state, random);
            var incremental = Build(site, output, state);
            var clean = Clean(site, Path.Combine(root, $"clean-{step}"));
            AssertSameAsClean(clean, incremental, $"step {step} ({change}; {damage})");
            Directory.Delete(clean.OutputDir, recursive: true);
        }

        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// A brief's "More on these topics" list is made from other briefs: a new brief, or another brief's new topics,
    /// change the pages of briefs whose seeds did not change, and an incremental build must render them again.
    /// </summary>
    [Fact]
    public void NewBriefsAndTopicEdits_ChangeOtherBriefsLists_IncrementalBuildEqualsCleanBuild()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 19, seeds: 10);
        var output = Path.Combine(root, "out");
        var previous = Build(site, output);
        var otherPagesChanged = 0;
        for (var step = 1; step <= 12; step++)
        {
            var seeds = Directory.GetFiles(Path.Combine(site.Root, "seeds"), "*.md").Order(StringComparer.Ordinal).ToArray();
            var edited = step % 2 == 0 ? seeds[(step * 7) % seeds.Length] : null;
            string change;
            if (edited is null)
            {
                site.AddSeed();
                change = "add";
            }
            else
            {
                change = site.RetopicSeed(edited);
            }

            var before = BriefPageBytes(previous);
            var incremental = Build(site, output);
            var clean = Clean(site, Path.Combine(root, $"clean-{step}"));
            AssertSameAsClean(clean, incremental, $"step {step} ({change})");
            var editedSeed = edited is null ? null : "seeds/" + Path.GetFileName(edited);
            otherPagesChanged += BriefPageBytes(incremental).Count(p => incremental.BriefPages[p.Key] != editedSeed && before.TryGetValue(p.Key, out var old) && !old.AsSpan().SequenceEqual(p.Value));
            previous = incremental;
            Directory.Delete(clean.OutputDir, recursive: true);
        }

        Assert.True(otherPagesChanged > 0, "no step changed the page of a brief whose seed did not change: the sequence tests no related list");
        Directory.Delete(root, recursive: true);
    }

    private static Dictionary<string, byte[]> BriefPageBytes(BuildResult result)
        => result.BriefPages.Keys.ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(result.OutputDir, p)));

    [Fact]
    public void OneSeedEdited_Rebuild_RendersOnlyThePagesShowingWhatChanged()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 7);
        for (var i = 0; i < 30; i++)
        {
            site.AddSeed();
        }

        // The search index parts an edit touches are counted on their own (SearchIndexTests).
        File.AppendAllText(Path.Combine(site.Root, "briefgen.yml"), "search: false\n");
        var output = Path.Combine(root, "out");
        Build(site, output);
        var unchanged = Build(site, output);
        Assert.Equal(0, unchanged.FilesWritten);

        var seed = Path.Combine(site.Root, "seeds", "b005.md");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\n\n", "\n\nA new opening paragraph.\n\n", StringComparison.Ordinal));
        var edited = Build(site, output);
        Assert.InRange(edited.FilesWritten, 2, 4); // its page and brief.json; the feed when the brief is in it
        Assert.InRange(edited.FilesRendered, 2, 3); // lists show no body: none is rendered again

        File.WriteAllText(seed, File.ReadAllText(seed).Replace("title: ", "title: Retitled ", StringComparison.Ordinal));
        var retitled = Build(site, output);
        Assert.InRange(retitled.FilesRendered, 6, 40); // its page and JSON, the home page, and its topic, author and other lists
        Assert.True(retitled.FilesRendered >= retitled.FilesWritten);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void PageEdited_Rebuild_RendersItAlone_AndAMenuChangeRendersEveryPage()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 11, seeds: 5);
        var page = Path.Combine(site.Root, "pages", "about.md");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, "---\ntitle: About\nmenu: main\n---\nWho we are.\n");
        var output = Path.Combine(root, "out");
        var first = Build(site, output);

        File.WriteAllText(page, "---\ntitle: About\nmenu: main\n---\nWho we are, and why.\n");
        var edited = Build(site, output);
        AssertSameAsClean(Clean(site, Path.Combine(root, "clean-edited")), edited, "after the page's text changed");
        Assert.Equal(1, edited.FilesRendered);

        File.WriteAllText(page, "---\ntitle: About us\nmenu: main\n---\nWho we are, and why.\n");
        var renamed = Build(site, output);
        AssertSameAsClean(Clean(site, Path.Combine(root, "clean-renamed")), renamed, "after the page's menu title changed");
        Assert.True(renamed.FilesRendered >= first.Files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), "every page shows the menu");
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void KeptFileChangedByHand_Rebuild_RendersItAgain()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 5);
        for (var i = 0; i < 5; i++)
        {
            site.AddSeed();
        }

        var output = Path.Combine(root, "out");
        Build(site, output);
        var page = Path.Combine(output, "topics", "index.html");
        var original = File.ReadAllBytes(page);
        File.AppendAllText(page, "<!-- edited by hand -->");

        var rebuilt = Build(site, output);

        Assert.Equal(original, File.ReadAllBytes(page));
        Assert.Equal(1, rebuilt.FilesWritten);
        Directory.Delete(root, recursive: true);
    }

    /// <summary>
    /// The mirror beside the state belongs to the folder it mirrored: after the folder is deleted and built afresh,
    /// a rebuild must not swap the old tree's files back in (it did: the stale mirror still looked ready).
    /// </summary>
    [Fact]
    public void OutputDeletedAndBuiltAgain_Rebuild_NeverBringsBackTheOldTree()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 9);
        for (var i = 0; i < 6; i++)
        {
            site.AddSeed();
        }

        var output = Path.Combine(root, "out");
        var seed = Path.Combine(site.Root, "seeds", "b002.md");
        Build(site, output);
        Build(site, output); // makes the mirror
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\n\n", "\n\nFirst edit.\n\n", StringComparison.Ordinal));
        Build(site, output); // the mirror now holds the first edit
        Directory.Delete(output, recursive: true);
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("First edit.", "Second edit.", StringComparison.Ordinal));
        Build(site, output); // a fresh folder: a full build

        var rebuilt = Build(site, output);
        var clean = Build(site, Path.Combine(root, "clean"));

        AssertSameAsClean(clean, rebuilt, "after the folder was built afresh");

        Assert.Equal(0, Build(site, output).FilesRendered); // and the files kept their stamps, so nothing renders again
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void CorruptState_Build_WarnsBG4005AndBuildsInFull()
    {
        var (root, site, output, state, before) = BuiltWithState();
        foreach (var file in Directory.GetFiles(state))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        var result = Build(site, output, state);

        Assert.Contains(result.Diagnostics, d => d.Id == "BG4005");
        Assert.Equal(before.Files, result.Files);
        Assert.DoesNotContain(Build(site, output, state).Diagnostics, d => d.Id == "BG4005"); // a good state was saved again
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void StateOfAnotherVersion_AfterAnUpgrade_BuildsInFull_WithoutAWarning()
    {
        var (root, site, output, state, before) = BuiltWithState();
        var file = Assert.Single(Directory.GetFiles(state, "*.state"));
        using (var older = new MemoryStream())
        {
            using (var writer = new BinaryWriter(older, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write("BriefGen build state 1"); // what an older BriefGen wrote first
                writer.Write(new byte[64]);
            }

            var body = older.ToArray();
            File.WriteAllBytes(file, [.. body, .. System.IO.Hashing.XxHash128.Hash(body)]);
        }

        var result = Build(site, output, state);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BG4005");
        Assert.Equal(before.Files, result.Files);
        Directory.Delete(root, recursive: true);
    }

    /// <summary>A one-seed site built once, with its state kept in a folder of its own.</summary>
    private (string Root, RandomSite Site, string Output, string State, BuildResult Before) BuiltWithState()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 3);
        site.AddSeed();
        var (output, state) = (Path.Combine(root, "out"), Path.Combine(root, "state"));
        return (root, site, output, state, Build(site, output, state));
    }

    [Fact]
    public void OneFlippedBitInACachedText_IsCaught_NotPublished()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 5, seeds: 6);

        var output = Path.Combine(root, "out");
        var state = Path.Combine(root, "state");
        Build(site, output, state);
        var file = Directory.GetFiles(state, "*.state").Single();
        var bytes = File.ReadAllBytes(file);
        var at = new[] { "Lind", "Reyes", "Tan", "Okafor", "Marsh" }.Select(n => bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(n))).Max();
        Assert.True(at > 0, "the state caches the authors' names");
        bytes[at + 1] ^= 0x04; // e.g. "Marsh" becomes "Mersh": a text the seeds never held, of the same length
        File.WriteAllBytes(file, bytes);
        File.WriteAllText(Path.Combine(site.Root, "templates", "_partials", "site-footer.sbn-html"), "<footer>changed: every page renders again from the cached briefs</footer>\n");

        var result = Build(site, output, state);

        AssertSameAsClean(Build(site, Path.Combine(root, "clean"), state), result, "after the flip");
        Assert.Contains(result.Diagnostics, d => d.Id == "BG4005");
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void TruncatedState_Build_WarnsBG4005AndBuildsInFull(double kept)
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 11);
        for (var i = 0; i < 4; i++)
        {
            site.AddSeed();
        }

        var output = Path.Combine(root, "out");
        var state = Path.Combine(root, "state");
        var before = Build(site, output, state);
        var file = Directory.GetFiles(state, "*.state").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(int)(bytes.Length * kept)]); // cut inside the body or the string table

        var result = Build(site, output, state);

        Assert.Contains(result.Diagnostics, d => d.Id == "BG4005");
        Assert.Equal(before.Files, result.Files);
        Assert.Equal(before.FilesRendered, result.FilesRendered); // every generated file rendered again
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void SiteIconAddedThenRemoved_Rebuild_LinksItThenTheBuiltInOne_AsACleanBuildDoes()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 19, seeds: 4);
        var output = Path.Combine(root, "out");
        Build(site, output);
        var icon = Path.Combine(site.Root, "static", "favicon.ico");
        Directory.CreateDirectory(Path.GetDirectoryName(icon)!);

        foreach (var (step, linked) in new[] { ("favicon.ico added", "favicon.ico"), ("favicon.ico removed", "favicon.svg") })
        {
            if (File.Exists(icon))
            {
                File.Delete(icon);
            }
            else
            {
                File.WriteAllBytes(icon, [0, 0, 1, 0]);
            }

            var incremental = Build(site, output);
            var clean = Clean(site, Path.Combine(root, "clean"));
            AssertSameAsClean(clean, incremental, step);
            Assert.Contains($"<link rel=\"icon\" href=\"./{linked}\">", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
            Directory.Delete(clean.OutputDir, recursive: true);
        }

        Directory.Delete(root, recursive: true);
    }

    /// <summary>The incremental build wrote the same files, byte for byte, as the clean build.</summary>
    /// <summary>Every file of <paramref name="clean"/> is in <paramref name="incremental"/>, byte for byte, and no other.</summary>
    internal static void AssertSameAsClean(BuildResult clean, BuildResult incremental, string when)
    {
        Assert.Equal(clean.Files, incremental.Files);
        foreach (var file in clean.Files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(clean.OutputDir, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(incremental.OutputDir, file))),
                $"{when}: {file} differs from a clean build");
        }
    }

    /// <summary>Builds with the test's one generator, as a watch loop would: a rebuild takes the state it saved last from memory.</summary>
    private BuildResult Build(RandomSite site, string output, string? stateDir = null) => Build(_generator, site, output, stateDir);

    /// <summary>A clean build by another generator, so the test's generator still holds the incremental build's state.</summary>
    private static BuildResult Clean(RandomSite site, string output) => Build(new BriefGenerator(), site, output, null);

    private static BuildResult Build(BriefGenerator generator, RandomSite site, string output, string? stateDir)
    {
        var result = generator.Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output, StateDir = stateDir, Now = site.Now });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
