using System.Collections.Concurrent;
using BriefGen.Diagnostics;
using BriefGen.Hashing;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>
/// Holds the briefs a build read, within a memory budget, and hands out two forms of each: the <see cref="SlimBrief"/>
/// that lists, indexes and feeds of other pages show, and the whole <see cref="Brief"/> only through <see cref="Full"/>.
/// While the seeds read so far fit the budget their briefs are kept whole; past it, a brief is read again when its own
/// page is rendered. Every brief's content hash is taken while it is whole, so an incremental build can tell it
/// unchanged without reading it again, and so is the hash of its slim form, which is all that lists and indexes show
/// of it. Output is the same either way; only memory and time differ. Thread-safe.
/// </summary>
internal sealed class SeedStore
{
    /// <summary>
    /// Body bytes kept whole before briefs are slimmed: a site of about 1,000 briefs reads each seed once. Past that,
    /// reading a body again for its page costs less than keeping it: at 10,000 briefs a budget of 256 MiB doubled the
    /// peak memory (540 against 250–285 MB) for the same build time, as every collection copied the kept bodies.
    /// </summary>
    public const long DefaultBudget = 16L * 1024 * 1024;

    private readonly SeedLoader? _loader;
    private readonly long _budget;
    private readonly Func<SlimBrief, bool>? _indexed;

    // By reference (briefs are records, equal by value). Not a ConditionalWeakTable: every entry lives as long as the
    // build, and a dependent handle per brief is work for every garbage collection of a 100,000-brief build.
    private readonly ConcurrentDictionary<SlimBrief, Entry> _entries = new(ReferenceEqualityComparer.Instance);

    // The brief each thread read again last: a brief's page and its JSON, rendered one after the other, read it once.
    private readonly ThreadLocal<(SlimBrief Slim, Brief Full)?> _lastRead = new();
    private long _kept;

    /// <summary>
    /// A store that reads seeds with <paramref name="loader"/> (null: it only holds briefs given to <see cref="Keep"/>);
    /// it takes the <see cref="Model.SearchBody"/> of each brief <paramref name="indexed"/> says the index holds while
    /// the brief is whole (none without it), numbered by <paramref name="vocabulary"/> (a new one without it).
    /// </summary>
    public SeedStore(SeedLoader? loader, long budget = DefaultBudget, SearchVocabulary? vocabulary = null, Func<SlimBrief, bool>? indexed = null)
    {
        _loader = loader;
        _budget = budget;
        Vocabulary = vocabulary ?? new SearchVocabulary();
        _indexed = indexed;
    }

    /// <summary>What numbers the terms of the bodies this store hands out.</summary>
    public SearchVocabulary Vocabulary { get; }

    /// <summary>Reads a seed and keeps its brief whole or not (see the class summary).</summary>
    public StoredSeed Load(SeedFile file)
    {
        var seed = _loader!.Load(file);
        if (seed.Brief is not { } brief)
        {
            return new StoredSeed(file, null, seed.Diagnostics);
        }

        var slim = SlimBrief.Of(brief);
        var size = brief.Sections.Sum(s => s.Paragraphs.Sum(p => (long)p.Length)) * sizeof(char);
        var kept = Interlocked.Add(ref _kept, size) <= _budget;
        var search = _indexed?.Invoke(slim) == true ? Model.SearchBody.Of(brief, Vocabulary) : null;
        _entries.TryAdd(slim, new Entry(kept ? null : file, kept ? brief : null, Hash(brief), Hash(slim), search));
        return new StoredSeed(file, slim, seed.Diagnostics);
    }

    /// <summary>Keeps a brief made elsewhere (tests, benchmarks) whole, and gives its slim form.</summary>
    public SlimBrief Keep(Brief brief)
    {
        var slim = SlimBrief.Of(brief);
        _entries.TryAdd(slim, new Entry(null, brief, Hash(brief), Hash(slim), null));
        return slim;
    }

    /// <summary>
    /// A seed the previous build read (the seed cache), given with its body's terms numbered by <see cref="Vocabulary"/>
    /// (<see cref="CachedSeed.NumberedBy"/>): read whole again only if a page of it is rendered.
    /// </summary>
    public StoredSeed LoadCached(SeedFile file, CachedSeed cached)
    {
        var search = _indexed?.Invoke(cached.Brief) == true ? cached.Search : null;
        _entries.TryAdd(cached.Brief, new Entry(file, null, cached.ContentHash, cached.ListedHash, search));
        return new StoredSeed(file, cached.Brief, []);
    }

    /// <summary>What the seed cache keeps of a brief: its slim form, both hashes and its search form, as taken when it was read.</summary>
    public CachedSeed ToCache(SeedStamp stamp, SlimBrief brief)
    {
        var entry = _entries[brief];
        return new CachedSeed(stamp, brief, entry.Hash, entry.ListedHash) { Search = entry.Search };
    }

    /// <summary>The hashes taken of <paramref name="brief"/> when it was read or taken from the seed cache.</summary>
    public BriefHashes HashesOf(SlimBrief brief)
    {
        var entry = _entries[brief];
        return new BriefHashes(entry.Hash, entry.ListedHash);
    }

    /// <summary>
    /// The whole brief: kept, or read again. Null after reporting, at <paramref name="sourcePath"/>, that the seed changed
    /// or broke mid-build.
    /// </summary>
    public Brief? Full(SlimBrief brief, string sourcePath, DiagnosticBag diagnostics)
    {
        var entry = _entries[brief];
        if (entry.Whole is { } whole)
        {
            return whole;
        }

        if (_lastRead.Value is { } last && ReferenceEquals(last.Slim, brief))
        {
            return last.Full;
        }

        var seed = _loader!.Load(entry.File!);
        if (seed.Brief is not { } full || Hash(full) != entry.Hash)
        {
            diagnostics.Report(Descriptors.UnreadableSeed, sourcePath, 0, 0, "the seed changed while the site was being built");
            return null;
        }

        _lastRead.Value = (brief, full);
        return full;
    }

    /// <summary>
    /// The search form of the brief's body: taken when it was read, else from the whole brief (kept, or read again).
    /// Null after reporting that its seed changed or broke mid-build.
    /// </summary>
    public SearchBody? SearchBody(SlimBrief brief, string sourcePath, DiagnosticBag diagnostics)
        => _entries[brief].Search ?? (Full(brief, sourcePath, diagnostics) is { } full ? Model.SearchBody.Of(full, Vocabulary) : null);

    /// <summary>How many distinct terms the bodies taken or kept so far hold: what the site's index uses of <see cref="Vocabulary"/>.</summary>
    public int SearchTermsInUse()
    {
        var used = new System.Collections.BitArray(Vocabulary.Count);
        var count = 0;
        foreach (var entry in _entries.Values)
        {
            foreach (var term in entry.Search?.Terms ?? IncreasingNumbers.Empty)
            {
                count += used[term] ? 0 : 1;
                used[term] = true;
            }
        }

        return count;
    }

    private static UInt128 Hash(Brief brief) => new InputHasher().AddBrief(brief).Finish();

    private static UInt128 Hash(SlimBrief brief) => new InputHasher().AddBrief(brief).Finish();

    /// <summary>What the store holds of one brief: the whole brief, or the file to read it from again; its hashes; its body's search form, if taken.</summary>
    private sealed record Entry(SeedFile? File, Brief? Whole, UInt128 Hash, UInt128 ListedHash, SearchBody? Search);
}
