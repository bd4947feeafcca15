using System.IO.Enumeration;
using System.Runtime.InteropServices;
using BriefGen.Diagnostics;
using BriefGen.FileSystem;

namespace BriefGen.Reading;

/// <summary>
/// One walk of a seeds folder by the contract's rules: <c>*.txt</c>/<c>*.md</c> (any extension a reader takes)
/// at any depth, except <c>README.md</c> and names starting with <c>_</c> or <c>.</c>; <c>&lt;stem&gt;.yml</c> beside a
/// seed is its sidecar. Links are followed only when they stay inside the seeds folder; every folder is searched
/// once (by its real path), so link cycles end, and the depth is bounded.
/// </summary>
internal sealed class SeedDiscovery
{
    /// <summary>Folder depth below the seeds folder beyond which nothing is searched.</summary>
    internal const int MaxDepth = 32;

    private readonly Func<string, bool> _isSeedExtension;
    private readonly Func<string, string> _display;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<SeedFile> _seeds = [];
    private readonly Queue<(string Path, int Depth)> _linkedFolders = new();
    private readonly string _realRoot;

    private SeedDiscovery(string seedsDir, Func<string, bool> isSeedExtension, Func<string, string> display, DiagnosticBag diagnostics)
    {
        _isSeedExtension = isSeedExtension;
        _display = display;
        _diagnostics = diagnostics;
        _realRoot = PathResolver.RealPath(seedsDir);
    }

    private enum EntryKind
    {
        Skip,
        Folder,
        Seed,
        Sidecar,
    }

    /// <summary>The seeds under <paramref name="seedsDir"/>, sorted ordinal by display path.</summary>
    public static List<SeedFile> Run(string seedsDir, Func<string, bool> isSeedExtension, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(seedsDir);
        if (!Directory.Exists(full))
        {
            return [];
        }

        var walk = new SeedDiscovery(full, isSeedExtension, display, diagnostics);
        walk._visited.Add(walk._realRoot);
        walk.Walk(full, 0);

        // Linked folders last, so a folder reached both directly and through a link is listed at its own path.
        // Each is searched once at most (by real path), so this ends even when links form cycles.
        while (walk._linkedFolders.TryDequeue(out var linked))
        {
            walk.Enter(linked.Path, linked.Depth);
        }

        walk._seeds.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return walk._seeds;
    }

    private void Walk(string folder, int depth)
    {
        Listing[] entries;
        try
        {
            entries = List(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            _diagnostics.Report(Descriptors.UnreadableSeed, _display(folder), 0, 0, ex.Message);
            return;
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var seeds = new List<Listing>();
        var sidecars = new Dictionary<string, Listing>(StringComparer.Ordinal);
        var folders = new List<string>();
        var linkedFolders = new List<string>();
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('_') || entry.Name.StartsWith('.'))
            {
                continue; // drafts, partials and hidden files by convention
            }

            switch (Classify(entry))
            {
                case EntryKind.Folder:
                    (entry.Link is null ? folders : linkedFolders).Add(entry.FullPath);
                    break;
                case EntryKind.Seed:
                    seeds.Add(entry);
                    break;
                case EntryKind.Sidecar:
                    sidecars[entry.Stem] = entry;
                    break;
            }
        }

        AddSeeds(seeds, sidecars);
        foreach (var sub in folders)
        {
            Enter(sub, depth + 1);
        }

        foreach (var sub in linkedFolders)
        {
            _linkedFolders.Enqueue((sub, depth + 1));
        }
    }

    /// <summary>Searches a folder unless it was searched already (through another path) or lies too deep.</summary>
    private void Enter(string folder, int depth)
    {
        if (!_visited.Add(PathResolver.RealPath(folder)))
        {
            return;
        }

        if (depth > MaxDepth)
        {
            _diagnostics.Report(Descriptors.FolderTooDeep, _display(folder), 0, 0, MaxDepth);
            return;
        }

        Walk(folder, depth);
    }

    /// <summary>Adds one folder's seeds; seeds sharing a stem (<c>x.txt</c>, <c>x.md</c>) are an error and neither is read.</summary>
    private void AddSeeds(List<Listing> seeds, Dictionary<string, Listing> sidecars)
    {
        var firstOf = new Dictionary<string, int>(seeds.Count, StringComparer.OrdinalIgnoreCase);
        Dictionary<string, List<Listing>>? shared = null;
        for (var i = 0; i < seeds.Count; i++)
        {
            var stem = seeds[i].Stem;
            if (!firstOf.TryAdd(stem, i))
            {
                shared ??= new(StringComparer.OrdinalIgnoreCase);
                if (!shared.TryGetValue(stem, out var group))
                {
                    shared[stem] = group = [seeds[firstOf[stem]]];
                }

                group.Add(seeds[i]);
            }
        }

        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            if (shared is not null && shared.TryGetValue(seed.Stem, out var group))
            {
                if (firstOf[seed.Stem] == i)
                {
                    var first = _display(seed.FullPath);
                    foreach (var other in group.Skip(1))
                    {
                        _diagnostics.Report(Descriptors.DuplicateStem, first, 0, 0, seed.Stem, first, _display(other.FullPath));
                    }
                }

                continue;
            }

            var stamp = sidecars.TryGetValue(seed.Stem, out var sidecar) ? SeedStamp.Listed(seed.Stamp, sidecar.Stamp) : SeedStamp.Listed(seed.Stamp);
            _seeds.Add(new SeedFile(seed.FullPath, _display(seed.FullPath), sidecar.FullPath) { Listed = stamp });
        }
    }

    private EntryKind Classify(Listing entry)
    {
        var extension = Path.GetExtension(entry.Name);
        var seedName = _isSeedExtension(extension) && !entry.Name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
        var sidecarName = extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
        if (entry.Link is not { } link)
        {
            var kind = entry.IsFolder ? EntryKind.Folder : seedName ? EntryKind.Seed : sidecarName ? EntryKind.Sidecar : EntryKind.Skip;
            if (kind == EntryKind.Skip && SeedLookalikes.IsUnbuiltSeedName(entry.Name))
            {
                _diagnostics.Report(Descriptors.SeedLookalikeNotBuilt, _display(entry.FullPath), 0, 0, entry.Name);
            }

            return kind;
        }

        var linkTarget = LinkTarget(link) ?? entry.Name;

        string? real = null;
        try
        {
            real = link.ResolveLinkTarget(returnFinalTarget: true) is { } target ? PathResolver.RealPath(target.FullName) : null;
        }
        catch (IOException)
        {
            // a link loop or an unreadable link: treated like a link that leads nowhere
        }

        var isFolder = real is not null && Directory.Exists(real);
        if (!isFolder && !seedName && !sidecarName)
        {
            return EntryKind.Skip; // a link to something that is never read needs no warning
        }

        if (real is null || !PathResolver.IsUnder(real, _realRoot))
        {
            _diagnostics.Report(Descriptors.SymlinkOutsideSeeds, _display(entry.FullPath), 0, 0);
            return EntryKind.Skip;
        }

        if (!isFolder && !File.Exists(real))
        {
            _diagnostics.Report(Descriptors.BrokenSymlink, _display(entry.FullPath), 0, 0, linkTarget);
            return EntryKind.Skip;
        }

        return isFolder ? EntryKind.Folder : seedName ? EntryKind.Seed : EntryKind.Sidecar;
    }

    private static string? LinkTarget(FileSystemInfo link)
    {
        try
        {
            return link.LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The entries of <paramref name="folder"/> (names starting with <c>.</c> or <c>_</c> included), in no order: the
    /// listing gives the names, and each is then looked at with one <c>statx</c> (on several threads in a large
    /// folder, where that is most of the walk).
    /// </summary>
    private static Listing[] List(string folder)
    {
        string[] names = [.. new FileSystemEnumerable<string>(folder, static (ref FileSystemEntry e) => e.FileName.ToString(), ListingOptions)];
        var entries = new Listing?[names.Length];
        using var open = OpenFolder.Open(folder);
        if (names.Length < ParallelListing)
        {
            for (var i = 0; i < names.Length; i++)
            {
                entries[i] = Listing.Of(open, folder, names[i]);
            }
        }
        else
        {
            Parallel.For(0, names.Length, i => entries[i] = Listing.Of(open, folder, names[i]));
        }

        return [.. entries.OfType<Listing>()];
    }

    /// <summary>Folders with more entries than this are looked at in parallel.</summary>
    private const int ParallelListing = 512;

    private static readonly EnumerationOptions ListingOptions = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>
    /// One entry of a folder, without a <see cref="FileSystemInfo"/> per file: a regular file's length and time (the
    /// seed cache's stamp) come from the one <c>statx</c> that tells what it is; only a symbolic link keeps a
    /// <see cref="FileSystemInfo"/>, to be resolved.
    /// </summary>
    private readonly record struct Listing(string Name, string FullPath, bool IsFolder, FileSystemInfo? Link, FileStamp? Stamp)
    {
        /// <summary>The name without its extension, which pairs a seed with its sidecar.</summary>
        public string Stem { get; } = Path.GetFileNameWithoutExtension(Name);

        /// <summary>The entry <paramref name="name"/> of <paramref name="folder"/> (held <paramref name="open"/>); null when it went away since the listing.</summary>
        public static Listing? Of(OpenFolder open, string folder, string name)
        {
            var full = Path.Join(folder, name);
            switch (open.Probe(name, out var stamp))
            {
                case PathKind.Missing:
                    return null;
                case PathKind.Folder:
                    return new Listing(name, full, true, null, null);
                case PathKind.Link:
                    var isFolder = Directory.Exists(full); // through the link: a link to a folder is searched as one
                    return new Listing(name, full, isFolder, isFolder ? new DirectoryInfo(full) : new FileInfo(full), null);
                default:
                    return new Listing(name, full, false, null, stamp);
            }
        }
    }
}
