using System.Collections.Concurrent;
using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Output;

namespace BriefGen.Incremental;

/// <summary>
/// The incremental build state of one output folder: for every generated file, the hashes it was rendered from;
/// every file of the folder; and the seeds read without diagnostics, with their stamps (the seed cache).
/// It is tied to the folder it describes: it names the folder and records the folder's modification time right
/// after the build swapped it in, so a build into a fresh or replaced folder finds no matching state and is a
/// full build. It also records the generator and configuration it was made with. Thread-safe for recording.
/// </summary>
internal sealed class BuildState
{
    private const string Magic = "BriefGen build state 6";
    private readonly ConcurrentDictionary<string, PageRecord> _pages;
    private readonly ConcurrentDictionary<string, CachedSeed> _seeds;

    /// <summary>
    /// The state this process saved last, with what it was saved for: the next build of the same folder in this
    /// process (a watch loop, a reused MSBuild node) takes it from memory while the file on disk is still the one
    /// written, instead of reading ~1 KB per brief back. Only the last one is kept.
    /// </summary>
    private static Saved? s_lastSaved;

    private readonly ConcurrentDictionary<IReadOnlyList<string>, IReadOnlyList<string>> _templateLists = new(TemplateListComparer.Instance);

    /// <summary>An empty state, sized for <paramref name="pages"/> files and <paramref name="seeds"/> seeds (the previous build's counts).</summary>
    public BuildState(int pages = 0, int seeds = 0)
    {
        _pages = new(Environment.ProcessorCount, Math.Max(31, pages), StringComparer.Ordinal);
        _seeds = new(Environment.ProcessorCount, Math.Max(31, seeds), StringComparer.Ordinal);
    }

    /// <summary>A state with no pages: everything renders.</summary>
    public static BuildState Empty => new();

    /// <summary>The number of files recorded.</summary>
    public int Count => _pages.Count;

    /// <summary>The number of seeds cached.</summary>
    public int SeedCount => _seeds.Count;

    /// <summary>Every file of the output folder after the build (null until known): what a mirror of it holds.</summary>
    public IReadOnlySet<string>? Files { get; set; }

    /// <summary>
    /// Where the state of <paramref name="outputDir"/> is kept: in <paramref name="stateDir"/> when given (MSBuild:
    /// <c>obj/</c>), else in <c>.briefgen-state/</c> beside the output folder; named after the folder's full path.
    /// </summary>
    public static string FileFor(string outputDir, string? stateDir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var dir = stateDir is null ? Path.Combine(Path.GetDirectoryName(full) ?? full, ".briefgen-state") : Path.GetFullPath(stateDir);
        var id = System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(full)).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        return Path.Combine(dir, Path.GetFileName(full) + "-" + id + ".state");
    }

    /// <summary>
    /// The state saved for <paramref name="outputDir"/>, or an empty one when there is none, it belongs to another
    /// folder, build key or generation of the folder, or it cannot be read (then a BG4005 warning).
    /// </summary>
    public static BuildState Load(string file, string outputDir, UInt128 buildKey, DiagnosticBag diagnostics)
    {
        if (!File.Exists(file) || !Directory.Exists(outputDir))
        {
            return Empty;
        }

        if (s_lastSaved is { } last && last.File == file && last.BuildKey == buildKey && last.OutputDir == Path.GetFullPath(outputDir)
            && FileStamp.Of(file) == last.FileStamp && Stamp(outputDir) == last.FolderStamp)
        {
            return last.State;
        }

        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (header.ReadString() != Magic)
            {
                throw new FormatException("not a BriefGen build state of this version");
            }

            if (ReadHash(header) != buildKey || header.ReadString() != Path.GetFullPath(outputDir) || header.ReadInt64() != Stamp(outputDir))
            {
                return Empty; // another generator, configuration or folder: nothing to keep, nothing wrong
            }

            using var reader = new StateReader(stream);
            var sets = new IReadOnlyList<string>[reader.ReadCount()];
            for (var i = 0; i < sets.Length; i++)
            {
                var names = new string[reader.ReadCount()];
                for (var j = 0; j < names.Length; j++)
                {
                    names[j] = reader.ReadString();
                }

                sets[i] = names;
            }

            var pages = reader.ReadCount();
            var state = new BuildState(pages);
            for (var count = pages; count > 0; count--)
            {
                var path = reader.ReadString();
                state._pages[path] = new PageRecord(reader.ReadHash(), sets[reader.ReadCount()], reader.ReadHash(), new FileStamp(reader.ReadInt64(), reader.ReadInt64()));
            }

            var files = new HashSet<string>(StringComparer.Ordinal);
            for (var count = reader.ReadCount(); count > 0; count--)
            {
                files.Add(reader.ReadString());
            }

            state.Files = files;
            for (var count = reader.ReadCount(); count > 0; count--)
            {
                var path = reader.ReadString();
                var stamp = new SeedStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
                state._seeds[path] = new CachedSeed(stamp, SlimBriefCodec.Read(reader), reader.ReadHash(), reader.ReadHash());
            }

            return state;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            diagnostics.Report(Descriptors.StateUnreadable, null, 0, 0, file, e.Message);
            return Empty;
        }
    }

    /// <summary>The record of a file, or null.</summary>
    public PageRecord? Find(string path) => _pages.TryGetValue(path, out var record) ? record : null;

    /// <summary>Remembers how a file was made (the latest call for a path wins).</summary>
    public void Record(string path, PageRecord record) => _pages[path] = record;

    /// <summary>
    /// One list for each distinct set of templates, as a state read back has: pages made by the same templates share
    /// it, so the next build combines the hashes of each set once (<see cref="TemplateKeys"/>), not once per file.
    /// </summary>
    public IReadOnlyList<string> Share(IReadOnlyList<string> templates) => _templateLists.GetOrAdd(templates, templates);

    /// <summary>The cached seed at <paramref name="fullPath"/> when its stamp is still <paramref name="stamp"/>, else null.</summary>
    public CachedSeed? FindSeed(string fullPath, SeedStamp stamp) => _seeds.TryGetValue(fullPath, out var seed) && seed.Stamp == stamp ? seed : null;

    /// <summary>Remembers a seed read without diagnostics, for the next build.</summary>
    public void RecordSeed(string fullPath, CachedSeed seed) => _seeds[fullPath] = seed;

    /// <summary>Writes the state for the folder just swapped in; a failure is a BG4006 warning, never an error.</summary>
    public void Save(string file, string outputDir, UInt128 buildKey, DiagnosticBag diagnostics)
    {
        var temp = file + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        s_lastSaved = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var folderStamp = Stamp(outputDir);
            using (var output = new BinaryWriter(new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16), Encoding.UTF8))
            {
                output.Write(Magic);
                WriteHash(output, buildKey);
                output.Write(Path.GetFullPath(outputDir));
                output.Write(folderStamp);
                var writer = new StateWriter(output, _pages.Count + (_seeds.Count * 8)); // paths, and a brief's own texts
                WriteBody(writer);
                writer.Finish();
            }

            File.Move(temp, file, overwrite: true);
            if (FileStamp.Of(file) is { } written)
            {
                s_lastSaved = new Saved(file, written, buildKey, Path.GetFullPath(outputDir), folderStamp, this);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Descriptors.StateNotSaved, null, 0, 0, file, e.Message);
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // the warning above already says the state is missing; a stray temporary file is harmless
            }
        }
    }

    private void WriteBody(StateWriter writer)
    {
        // Each list of templates is stored once: the pages made by the same templates share it.
        var pages = _pages.ToArray();
        var sets = new Dictionary<IReadOnlyList<string>, int>(TemplateListComparer.Instance);
        var lists = new List<IReadOnlyList<string>>();
        var numbers = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            var templates = pages[i].Value.Templates;
            if (!sets.TryGetValue(templates, out numbers[i]))
            {
                numbers[i] = lists.Count;
                sets.Add(templates, lists.Count);
                lists.Add(templates);
            }
        }

        writer.WriteCount(lists.Count);
        foreach (var names in lists)
        {
            writer.WriteCount(names.Count);
            foreach (var name in names)
            {
                writer.Write(name);
            }
        }

        writer.WriteCount(pages.Length);
        for (var i = 0; i < pages.Length; i++)
        {
            var (path, record) = pages[i];
            writer.Write(path);
            writer.Write(record.Input);
            writer.WriteCount(numbers[i]);
            writer.Write(record.TemplatesKey);
            writer.Write(record.File.Length);
            writer.Write(record.File.WriteTicks);
        }

        var files = Files ?? new HashSet<string>();
        writer.WriteCount(files.Count);
        foreach (var path in files)
        {
            writer.Write(path);
        }

        writer.WriteCount(_seeds.Count);
        foreach (var (path, seed) in _seeds)
        {
            writer.Write(path);
            writer.Write(seed.Stamp.Length);
            writer.Write(seed.Stamp.WriteTicks);
            writer.Write(seed.Stamp.SidecarLength);
            writer.Write(seed.Stamp.SidecarWriteTicks);
            SlimBriefCodec.Write(writer, seed.Brief);
            writer.Write(seed.ContentHash);
            writer.Write(seed.ListedHash);
        }
    }

    /// <summary>The folder's modification time: it changes whenever the folder is replaced or its top level edited.</summary>
    private static long Stamp(string outputDir) => Directory.GetLastWriteTimeUtc(outputDir).Ticks;

    private static UInt128 ReadHash(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private static void WriteHash(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)(hash >> 64));
        writer.Write((ulong)hash);
    }

    /// <summary>Template lists equal by content (a full build gives every page its own list of the same few names).</summary>
    private sealed class TemplateListComparer : IEqualityComparer<IReadOnlyList<string>>
    {
        public static TemplateListComparer Instance { get; } = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
            => ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal));

        public int GetHashCode(IReadOnlyList<string> names)
        {
            var hash = new HashCode();
            foreach (var name in names)
            {
                hash.Add(name, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    private sealed record Saved(string File, FileStamp FileStamp, UInt128 BuildKey, string OutputDir, long FolderStamp, BuildState State);
}
