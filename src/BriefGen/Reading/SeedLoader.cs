using BriefGen.Diagnostics;
using BriefGen.Reading.Markdown;
using BriefGen.Reading.PageDump;

namespace BriefGen.Reading;

/// <summary>
/// Finds seeds on disk and reads them with the reader for their extension. This is the only part of reading that
/// touches the file system; the readers themselves are pure. Thread-safe: <see cref="Load"/> may run in parallel.
/// </summary>
public sealed class SeedLoader
{
    private readonly Dictionary<string, ISeedReader> _readers;

    /// <summary>Creates a loader over the given readers.</summary>
    public SeedLoader(IEnumerable<ISeedReader> readers, ReaderOptions options)
    {
        Options = options;
        _readers = new Dictionary<string, ISeedReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in readers)
        {
            foreach (var ext in reader.Extensions)
            {
                _readers[ext] = reader;
            }
        }
    }

    /// <summary>The reader settings in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>A loader with the built-in readers: page dumps (<c>.txt</c>) and Markdown (<c>.md</c>).</summary>
    public static SeedLoader CreateDefault(ReaderOptions? options = null)
        => new([new PageDumpReader(), new MarkdownSeedReader()], options ?? ReaderOptions.Default);

    /// <summary>
    /// The seeds under <paramref name="seedsDir"/> by the contract's rules, sorted by display path. Display paths are
    /// made relative to <paramref name="displayRoot"/> (the site folder).
    /// </summary>
    public IReadOnlyList<SeedFile> Discover(string seedsDir, string displayRoot, DiagnosticBag diagnostics)
    {
        // Placeholder: a plain recursive listing until the hardened discovery lands.
        if (!Directory.Exists(seedsDir))
        {
            return [];
        }

        return Directory.EnumerateFiles(seedsDir, "*", SearchOption.AllDirectories)
            .Where(f => _readers.ContainsKey(Path.GetExtension(f)) && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(f => new SeedFile(Path.GetFullPath(f), Path.GetRelativePath(displayRoot, f).Replace('\\', '/'), null))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads one seed (size limit, decoding, reader, sidecar).</summary>
    public LoadedSeed Load(SeedFile file)
    {
        var reader = _readers[Path.GetExtension(file.FullPath)];
        var result = reader.Read(new SourceText(file.DisplayPath, File.ReadAllText(file.FullPath)), Options);
        return new LoadedSeed(file, result.Brief, result.Diagnostics);
    }
}
