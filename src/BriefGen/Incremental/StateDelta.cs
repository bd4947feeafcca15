using BriefGen.FileSystem;
using BriefGen.Model;
using BriefGen.Reading;

namespace BriefGen.Incremental;

/// <summary>
/// What changed in a build state from one build to the next: the file records and cached seeds added or replaced,
/// those removed, the files of the output folder added and removed, and the folder's new stamp. A whole state is
/// the delta from an empty one (<see cref="Whole"/>); the journal beside it appends one delta per build, which for a
/// one-seed edit is a few records instead of the whole state.
/// </summary>
internal sealed class StateDelta
{
    private StateDelta(long folderStamp) => FolderStamp = folderStamp;

    /// <summary>The output folder's modification time once the build swapped it in.</summary>
    public long FolderStamp { get; }

    /// <summary>Records added or replaced, by file.</summary>
    public List<KeyValuePair<string, PageRecord>> Pages { get; } = [];

    public List<string> RemovedPages { get; } = [];

    public List<string> AddedFiles { get; } = [];

    public List<string> RemovedFiles { get; } = [];

    /// <summary>Cached seeds added or replaced, by full path.</summary>
    public List<KeyValuePair<string, CachedSeed>> Seeds { get; } = [];

    public List<string> RemovedSeeds { get; } = [];

    /// <summary>The whole of <paramref name="state"/>, as the delta from an empty state.</summary>
    public static StateDelta Whole(BuildState state, long folderStamp)
    {
        var delta = new StateDelta(folderStamp);
        delta.Pages.AddRange(state.Pages);
        delta.Seeds.AddRange(state.Seeds);
        delta.AddedFiles.AddRange(state.Files ?? []);
        return delta;
    }

    /// <summary>
    /// What turns <paramref name="previous"/> into <paramref name="next"/>, the state a build made from it: only what
    /// the build recorded anew is compared, since everything else it kept from <paramref name="previous"/>, and the
    /// previous records are searched for removed ones only when the counts say some are gone.
    /// </summary>
    public static StateDelta Between(BuildState previous, BuildState next, long folderStamp)
    {
        var delta = new StateDelta(folderStamp);
        Compare(PagesOf(previous), PagesOf(next), Same, delta.Pages, delta.RemovedPages);
        Compare(SeedsOf(previous), SeedsOf(next), Same, delta.Seeds, delta.RemovedSeeds);
        Compare(previous.Files ?? [], next.Files ?? [], delta.RemovedFiles, delta.AddedFiles);
        return delta;
    }

    private static Table<PageRecord> PagesOf(BuildState state) => new(state.MadePages, state.Find, state.Count, state.Pages);

    private static Table<CachedSeed> SeedsOf(BuildState state) => new(state.MadeSeeds, state.FindSeed, state.SeedCount, state.Seeds);

    /// <summary>The entries of one table that <paramref name="next"/> recorded anew and differ, and those it no longer has.</summary>
    private static void Compare<T>(Table<T> previous, Table<T> next, Func<T, T, bool> same, List<KeyValuePair<string, T>> changed, List<string> removed)
        where T : class
    {
        var added = 0;
        foreach (var path in next.Made)
        {
            if (next.Find(path) is not { } value)
            {
                continue; // recorded, then removed
            }

            var before = previous.Find(path);
            added += before is null ? 1 : 0;
            if (before is null || !same(before, value))
            {
                changed.Add(new(path, value));
            }
        }

        if (previous.Count != next.Count - added)
        {
            removed.AddRange(previous.All.Where(p => next.Find(p.Key) is null).Select(p => p.Key));
        }
    }

    /// <summary>Writes the delta; removals come first, so a reader applies it in one pass.</summary>
    public void Write(StateWriter w)
    {
        w.Write(FolderStamp);
        WritePaths(w, RemovedPages);
        WritePaths(w, RemovedFiles);
        WritePaths(w, RemovedSeeds);

        // Each list of templates is stored once: the pages made by the same templates share it.
        var sets = new Dictionary<IReadOnlyList<string>, int>(TemplateListComparer.Instance);
        var lists = new List<IReadOnlyList<string>>();
        foreach (var (_, record) in Pages)
        {
            if (sets.TryAdd(record.Templates, lists.Count))
            {
                lists.Add(record.Templates);
            }
        }

        w.WriteCount(lists.Count);
        foreach (var names in lists)
        {
            WritePaths(w, names);
        }

        w.WriteCount(Pages.Count);
        foreach (var (path, record) in Pages)
        {
            w.Write(path);
            w.Write(record.Input);
            w.WriteCount(sets[record.Templates]);
            w.Write(record.TemplatesKey);
            w.Write(record.File.Length);
            w.Write(record.File.WriteTicks);
        }

        WritePaths(w, AddedFiles);
        w.NumberTermsAhead(Seeds.Select(seed => seed.Value.Search));
        w.WriteCount(Seeds.Count);
        foreach (var (path, seed) in Seeds)
        {
            w.Write(path);
            w.Write(seed.Stamp.Length);
            w.Write(seed.Stamp.WriteTicks);
            w.Write(seed.Stamp.SidecarLength);
            w.Write(seed.Stamp.SidecarWriteTicks);
            SlimBriefCodec.Write(w, seed.Brief);
            w.Write(seed.ContentHash);
            w.Write(seed.ListedHash);
            SlimBriefCodec.WriteSearch(w, seed.Search);
        }
    }

    /// <summary>
    /// Reads a delta written by <see cref="Write"/> straight into <paramref name="state"/> and its folder's
    /// <paramref name="files"/> (without holding the delta itself), numbering search terms in <paramref name="vocabulary"/>; returns the folder stamp it carries.
    /// </summary>
    public static long ApplyFrom(StateReader r, BuildState state, FileListBuilder files, SearchVocabulary vocabulary)
    {
        var folderStamp = r.ReadInt64();
        for (var count = r.ReadCount(); count > 0; count--)
        {
            state.Remove(r.ReadString());
        }

        for (var count = r.ReadCount(); count > 0; count--)
        {
            files.Remove(r.ReadString());
        }

        for (var count = r.ReadCount(); count > 0; count--)
        {
            state.RemoveSeed(r.ReadString());
        }

        var sets = new IReadOnlyList<string>[r.ReadCount()];
        for (var i = 0; i < sets.Length; i++)
        {
            var names = new string[r.ReadCount()];
            for (var j = 0; j < names.Length; j++)
            {
                names[j] = r.ReadString();
            }

            sets[i] = names;
        }

        for (var count = r.ReadCount(); count > 0; count--)
        {
            var path = r.ReadString();
            state.Keep(path, new PageRecord(r.ReadHash(), sets[r.ReadCount()], r.ReadHash(), new FileStamp(r.ReadInt64(), r.ReadInt64())));
        }

        for (var count = r.ReadCount(); count > 0; count--)
        {
            files.Add(r.ReadString());
        }

        for (var count = r.ReadCount(); count > 0; count--)
        {
            var path = r.ReadString();
            var stamp = new SeedStamp(r.ReadInt64(), r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
            state.KeepSeed(path, new CachedSeed(stamp, SlimBriefCodec.Read(r), r.ReadHash(), r.ReadHash()) { Search = SlimBriefCodec.ReadSearch(r, vocabulary) });
        }

        return folderStamp;
    }

    /// <summary>Equal records: a kept file's record is the previous one itself; a file rendered again may come out the same.</summary>
    private static bool Same(PageRecord a, PageRecord b)
        => ReferenceEquals(a, b) || (a.Input == b.Input && a.TemplatesKey == b.TemplatesKey && a.File == b.File && TemplateListComparer.Instance.Equals(a.Templates, b.Templates));

    /// <summary>Equal cached seeds: the same stamp, the hashes that identify the whole and the slim brief, and a search form on both or neither.</summary>
    private static bool Same(CachedSeed a, CachedSeed b)
        => ReferenceEquals(a, b) || (a.Stamp == b.Stamp && a.ContentHash == b.ContentHash && a.ListedHash == b.ListedHash && (a.Search is null) == (b.Search is null));

    /// <summary>The files only in <paramref name="before"/> and only in <paramref name="after"/>, both in ordinal order: one merge, no lookups.</summary>
    private static void Compare(IReadOnlyList<string> before, IReadOnlyList<string> after, List<string> removed, List<string> added)
    {
        var (i, j) = (0, 0);
        while (i < before.Count || j < after.Count)
        {
            var order = i == before.Count ? 1 : j == after.Count ? -1 : string.CompareOrdinal(before[i], after[j]);
            if (order == 0)
            {
                (i, j) = (i + 1, j + 1);
            }
            else if (order < 0)
            {
                removed.Add(before[i++]);
            }
            else
            {
                added.Add(after[j++]);
            }
        }
    }

    private static void WritePaths(StateWriter w, IReadOnlyCollection<string> paths)
    {
        w.WriteCount(paths.Count);
        foreach (var path in paths)
        {
            w.Write(path);
        }
    }

    /// <summary>One table of a state (the file records or the cached seeds), as a delta compares it.</summary>
    private readonly record struct Table<T>(IEnumerable<string> Made, Func<string, T?> Find, int Count, IEnumerable<KeyValuePair<string, T>> All)
        where T : class;
}
