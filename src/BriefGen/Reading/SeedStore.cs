using System.Collections.Concurrent;
using BriefGen.Diagnostics;
using BriefGen.Incremental;
using BriefGen.Model;
using BriefGen.Site;

namespace BriefGen.Reading;

/// <summary>
/// Holds the briefs a build read, within a memory budget: while the seeds read so far fit the budget their briefs are
/// kept whole; past it, a brief keeps only what lists, indexes and feeds of other pages show (the body, related stories
/// and disclaimer are dropped) and is read again when its own page is rendered. Every brief's content hash is taken
/// while it is whole, so an incremental build can tell it unchanged without reading it again, and so is the hash of
/// its slim form, which is all that lists and indexes show of it. Output is the same either way; only memory and
/// time differ. Thread-safe.
/// </summary>
internal sealed class SeedStore
{
    /// <summary>
    /// Body bytes kept whole before briefs are slimmed: a site of about 1,000 briefs reads each seed once. Past that,
    /// reading a body again for its page costs less than keeping it: at 10,000 briefs a budget of 256 MiB doubled the
    /// peak memory (540 against 250–285 MB) for the same build time, as every collection copied the kept bodies.
    /// </summary>
    public const long DefaultBudget = 16L * 1024 * 1024;

    [ThreadStatic]
    private static (SiteBrief Brief, Brief Full)? t_last;

    private readonly SeedLoader? _loader;
    private readonly long _budget;
    // By reference (briefs are records, equal by value). Not a ConditionalWeakTable: every entry lives as long as the
    // build, and a dependent handle per brief is work for every garbage collection of a 100,000-brief build.
    private readonly ConcurrentDictionary<Brief, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private long _kept;

    public SeedStore(SeedLoader? loader, long budget = DefaultBudget)
    {
        _loader = loader;
        _budget = budget;
    }

    /// <summary>A store of briefs assembled elsewhere, all whole (tests render sites they built themselves).</summary>
    public static SeedStore Whole { get; } = new(null);

    /// <summary>Reads a seed and keeps its brief whole or slim (see the class summary).</summary>
    public LoadedSeed Load(SeedFile file)
    {
        var seed = _loader!.Load(file);
        if (seed.Brief is not { } brief)
        {
            return seed;
        }

        var hash = Hash(brief);
        var slim = Slim(brief);
        var listed = Hash(slim);
        var size = brief.Sections.Sum(s => s.Paragraphs.Sum(p => (long)p.Length)) * sizeof(char);
        if (Interlocked.Add(ref _kept, size) <= _budget)
        {
            _entries.TryAdd(brief, new Entry(null, hash, listed, slim));
            return seed;
        }

        _entries.TryAdd(slim, new Entry(file, hash, listed, slim));
        return seed with { Brief = slim };
    }

    /// <summary>
    /// A seed the previous build read (the seed cache): its brief as lists show it, read whole again only if a page
    /// of it is rendered.
    /// </summary>
    public LoadedSeed LoadCached(SeedFile file, CachedSeed cached)
    {
        var slim = cached.Brief;
        _entries.TryAdd(slim, new Entry(file, cached.ContentHash, cached.ListedHash, slim));
        return new LoadedSeed(file, slim, []);
    }

    /// <summary>What the seed cache keeps of a brief: its slim form and both hashes, as taken when it was read.</summary>
    public CachedSeed ToCache(SeedStamp stamp, Brief brief)
        => _entries.TryGetValue(brief, out var entry)
            ? new CachedSeed(stamp, entry.Slim, entry.Hash, entry.ListedHash)
            : new CachedSeed(stamp, Slim(brief), Hash(brief), Hash(Slim(brief)));

    /// <summary>What a brief keeps when slimmed: everything but the body, related stories and disclaimer.</summary>
    public static Brief Slim(Brief brief) => brief with { Sections = [], Related = [], Disclaimer = null };

    /// <summary>The hashes taken of <paramref name="brief"/> when it was read or taken from the seed cache, or null.</summary>
    public BriefHashes? HashesOf(Brief brief) => _entries.TryGetValue(brief, out var entry) ? new BriefHashes(entry.Hash, entry.ListedHash) : null;

    /// <summary>The hash of a brief's whole content model (<see cref="InputHasher.AddBrief"/>).</summary>
    public UInt128 ContentHash(SiteBrief b) => b.Hashes?.Content ?? ContentHash(b.Brief);

    /// <summary>The hash of a brief's whole content model, also for a slimmed one.</summary>
    public UInt128 ContentHash(Brief brief) => _entries.TryGetValue(brief, out var entry) ? entry.Hash : Hash(brief);

    /// <summary>
    /// The hash of what lists, indexes and <c>briefs.json</c> show of a brief: its <see cref="Slim"/> form (they are
    /// given slim briefs past the budget, so they can show nothing else). An edit of the body leaves it unchanged.
    /// </summary>
    public UInt128 ListedHash(SiteBrief b) => b.Hashes?.Listed ?? ListedHash(b.Brief);

    /// <summary>The hash of a brief's slim form, also for a slimmed one.</summary>
    public UInt128 ListedHash(Brief brief) => _entries.TryGetValue(brief, out var entry) ? entry.ListedHash : Hash(Slim(brief));

    /// <summary>
    /// The whole brief: kept, or read again (the last one read is kept per thread, so a brief's page and its JSON,
    /// rendered one after the other, read it once). Null after reporting that the seed changed or broke mid-build.
    /// </summary>
    public Brief? Full(SiteBrief b, DiagnosticBag diagnostics)
    {
        if (!_entries.TryGetValue(b.Brief, out var entry) || entry.File is null)
        {
            return b.Brief;
        }

        if (t_last is { } last && ReferenceEquals(last.Brief, b))
        {
            return last.Full;
        }

        var seed = _loader!.Load(entry.File);
        if (seed.Brief is not { } full || Hash(full) != entry.Hash)
        {
            diagnostics.Report(Descriptors.UnreadableSeed, b.SourcePath, 0, 0, "the seed changed while the site was being built");
            return null;
        }

        t_last = (b, full);
        return full;
    }

    private static UInt128 Hash(Brief brief) => new InputHasher().AddBrief(brief).Finish();

    private sealed record Entry(SeedFile? File, UInt128 Hash, UInt128 ListedHash, Brief Slim);
}
