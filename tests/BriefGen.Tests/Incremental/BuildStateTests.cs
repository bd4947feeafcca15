using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Incremental;
using BriefGen.Model;
using BriefGen.Reading;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Incremental;

public sealed class BuildStateTests
{
    [Fact]
    public void SavedState_IsTakenFromMemory_UntilItsFileOrFolderChanges()
    {
        var output = Path.Combine(TestSite.TempDir(), "out");
        Directory.CreateDirectory(output);
        var file = BuildState.FileFor(output, null);
        var saved = new BuildState();
        saved.Record("a/index.html", new PageRecord(1, ["page.sbn-html"], 2, new FileStamp(3, 4)));
        saved.Files = ["a/index.html"];
        var diagnostics = new DiagnosticBag();
        var cache = new BuildStateCache();
        saved.Save(new StateLocation(file, output, 5), BuildState.Empty, diagnostics, cache);

        Assert.Same(saved, BuildState.Load(new StateLocation(file, output, 5), diagnostics, cache));
        Assert.NotSame(saved, BuildState.Load(new StateLocation(file, output, 5), diagnostics)); // another generator's memory
        Assert.Equal(0, BuildState.Load(new StateLocation(file, output, 6), diagnostics, cache).Count); // another generator or configuration

        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(-1)); // e.g. written by another process
        var read = BuildState.Load(new StateLocation(file, output, 5), diagnostics, cache);
        Assert.NotSame(saved, read);
        Assert.Equal((UInt128)1, read.Find("a/index.html")!.Input);
        Assert.Equal(["page.sbn-html"], read.Find("a/index.html")!.Templates);

        Directory.SetLastWriteTimeUtc(output, DateTime.UtcNow.AddMinutes(1)); // the folder was replaced or touched
        Assert.Equal(0, BuildState.Load(new StateLocation(file, output, 5), diagnostics, cache).Count);
        Assert.Empty(diagnostics.ToImmutable());
    }

    [Fact]
    public void RandomChanges_SavedThroughTheJournal_LoadAsTheStateThatWasSaved()
    {
        var output = Path.Combine(TestSite.TempDir(), "out");
        Directory.CreateDirectory(output);
        var file = BuildState.FileFor(output, null);
        var journal = StateJournal.FileFor(file);
        var random = new Random(20261201);
        var diagnostics = new DiagnosticBag();
        var previous = BuildState.Empty;
        var next = Change(previous, random, 300);
        next.Save(new StateLocation(file, output, 5), previous, diagnostics);
        var (appended, rewritten) = (0, 0);
        for (var step = 0; step < 60; step++)
        {
            previous = LoadFromDisk(file, output, diagnostics);
            AssertEqual(next, previous, $"step {step}");
            var lengthBefore = File.Exists(journal) ? new FileInfo(journal).Length : 0;
            next = Change(previous, random, random.Next(1, 12));
            Directory.SetLastWriteTimeUtc(output, DateTime.UtcNow.AddSeconds(step)); // each build swaps a new folder in
            next.Save(new StateLocation(file, output, 5), previous, diagnostics);
            var lengthAfter = File.Exists(journal) ? new FileInfo(journal).Length : 0;
            appended += lengthAfter > lengthBefore ? 1 : 0;
            rewritten += lengthAfter == 0 ? 1 : 0;
        }

        AssertEqual(next, LoadFromDisk(file, output, diagnostics), "last step");
        Assert.InRange(appended, 30, 59); // most builds append a few records…
        Assert.InRange(rewritten, 1, 30); // …and the state is written whole once the journal outgrows a quarter of it
        Assert.Empty(diagnostics.ToImmutable());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DamagedOrCutJournalEntry_Load_WarnsBG4005AndGivesAnEmptyState(bool cut)
    {
        var (output, file, saved) = SavedWithJournal();
        var journal = StateJournal.FileFor(file);
        var bytes = File.ReadAllBytes(journal);
        File.WriteAllBytes(journal, cut ? bytes[..^5] : Flipped(bytes, ^3)); // cut: a build stopped mid-append

        var diagnostics = new DiagnosticBag();
        Assert.Equal(0, BuildState.Load(new StateLocation(file, output, 5), diagnostics).Count);
        Assert.Contains(diagnostics.ToImmutable(), d => d.Id == "BG4005");
        Assert.True(saved.Count > 0);
    }

    [Fact]
    public void JournalOfAnOlderState_IsNotApplied_AndTheNextSaveWritesTheStateWhole()
    {
        var (output, file, _) = SavedWithJournal();
        var journal = StateJournal.FileFor(file);
        var old = File.ReadAllBytes(journal);
        var diagnostics = new DiagnosticBag();
        var whole = Change(BuildState.Empty, new Random(3), 40);
        whole.Save(new StateLocation(file, output, 5), BuildState.Empty, diagnostics); // written whole: a new generation, no journal
        Assert.False(File.Exists(journal));
        File.WriteAllBytes(journal, old); // e.g. a build stopped between writing the state and removing the journal

        var loaded = LoadFromDisk(file, output, diagnostics);
        AssertEqual(whole, loaded, "older journal");
        Change(loaded, new Random(4), 2).Save(new StateLocation(file, output, 5), loaded, diagnostics);
        Assert.False(File.Exists(journal));
        Assert.Empty(diagnostics.ToImmutable());
    }

    private static byte[] Flipped(byte[] bytes, Index at)
    {
        bytes[at] ^= 0x40;
        return bytes;
    }

    /// <summary>A state saved whole and then once through its journal.</summary>
    private static (string Output, string File, BuildState Saved) SavedWithJournal()
    {
        var output = Path.Combine(TestSite.TempDir(), "out");
        Directory.CreateDirectory(output);
        var file = BuildState.FileFor(output, null);
        var diagnostics = new DiagnosticBag();
        var first = Change(BuildState.Empty, new Random(1), 200);
        first.Save(new StateLocation(file, output, 5), BuildState.Empty, diagnostics);
        var loaded = LoadFromDisk(file, output, diagnostics);
        var second = Change(loaded, new Random(2), 3);
        second.Save(new StateLocation(file, output, 5), loaded, diagnostics);
        Assert.True(File.Exists(StateJournal.FileFor(file)));
        Assert.Empty(diagnostics.ToImmutable());
        return (output, file, second);
    }

    /// <summary>Loads the state from its files (no generator's memory holds it).</summary>
    private static BuildState LoadFromDisk(string file, string output, DiagnosticBag diagnostics) => BuildState.Load(new StateLocation(file, output, 5), diagnostics);

    /// <summary>
    /// The state a build makes from <paramref name="state"/>: the records and seeds kept, and <paramref name="changes"/>
    /// random records, files and seeds added, replaced or removed.
    /// </summary>
    private static BuildState Change(BuildState state, Random random, int changes)
    {
        var next = new BuildState();
        foreach (var (path, record) in state.Pages)
        {
            next.Keep(path, record);
        }

        foreach (var (path, seed) in state.Seeds)
        {
            next.KeepSeed(path, seed);
        }

        var files = new HashSet<string>(state.Files ?? []);
        for (var i = 0; i < changes; i++)
        {
            var page = $"p{random.Next(400)}/index.html";
            var seed = $"/site/seeds/s{random.Next(100)}.md";
            switch (random.Next(5))
            {
                case 0:
                    next.Remove(page);
                    files.Remove(page);
                    break;
                case 1:
                    next.RemoveSeed(seed);
                    break;
                case 2:
                    var stamp = new SeedStamp(random.Next(), random.Next(), -1, 0);
                    var brief = new SlimBrief { Title = $"Title {random.Next()}", Slug = "s", Topics = [$"topic {random.Next(5)}"], Authors = [new Author($"Author {random.Next(9)}", null)] };
                    next.RecordSeed(seed, new CachedSeed(stamp, brief, (UInt128)random.NextInt64(), (UInt128)random.NextInt64()) { Search = RandomSearchBody(random) });
                    break;
                default:
                    string[] templates = random.Next(2) == 0 ? ["brief.sbn-html", "layout.sbn-html"] : [$"list{random.Next(3)}.sbn-html"];
                    next.Record(page, new PageRecord((UInt128)random.NextInt64(), templates, (UInt128)random.NextInt64(), new FileStamp(random.Next(), random.NextInt64())));
                    files.Add(page);
                    files.Add($"static/{random.Next(50)}.css");
                    break;
            }
        }

        next.Files = [.. files.Order(StringComparer.Ordinal)];
        return next;
    }

    /// <summary>
    /// No search body, or some of a few words (one also the slug, "s") numbered by one of two vocabularies that number
    /// them in opposite orders, as a state whose bodies are not all numbered alike would hold them.
    /// </summary>
    private static SearchBody? RandomSearchBody(Random random)
    {
        if (random.Next(4) == 0)
        {
            return null;
        }

        var texts = SearchWords.Where(_ => random.Next(2) == 0).ToList();
        return SearchBody.Of(texts, $"Excerpt {random.Next()}", SearchVocabularies[random.Next(4) == 0 ? 1 : 0]);
    }

    private static readonly string[] SearchWords = ["budget", "reform", "s", "2025", "tariff", "zeta"];

    private static readonly SearchVocabulary[] SearchVocabularies = [Numbering(SearchWords), Numbering([.. SearchWords.Reverse()])];

    private static SearchVocabulary Numbering(IEnumerable<string> words)
    {
        var vocabulary = new SearchVocabulary();
        foreach (var word in words)
        {
            vocabulary.Number(word);
        }

        return vocabulary;
    }

    private static void AssertEqual(BuildState expected, BuildState actual, string when)
    {
        Assert.True(expected.Count == actual.Count, $"{when}: {actual.Count} records, expected {expected.Count}");
        foreach (var (path, record) in expected.Pages)
        {
            var read = actual.Find(path);
            Assert.True(read is not null, $"{when}: {path} missing");
            Assert.Equal((record.Input, record.TemplatesKey, record.File), (read!.Input, read.TemplatesKey, read.File));
            Assert.Equal(record.Templates, read.Templates);
        }

        Assert.Equal(expected.SeedCount, actual.SeedCount);
        foreach (var (path, seed) in expected.Seeds)
        {
            var read = actual.FindSeed(path);
            Assert.True(read is not null, $"{when}: seed {path} missing");
            Assert.Equal((seed.Stamp, seed.ContentHash, seed.ListedHash, seed.Brief.Title), (read!.Stamp, read.ContentHash, read.ListedHash, read.Brief.Title));
            Assert.Equal(seed.Brief.Topics, read.Brief.Topics);
            Assert.Equal(seed.Search?.Excerpt, read.Search?.Excerpt);
            Assert.Equal(seed.Search?.Texts.Order(StringComparer.Ordinal), read.Search?.Texts.Order(StringComparer.Ordinal));
        }

        Assert.Equal(expected.Files, actual.Files);
    }
}
