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
    private const string Magic = "BriefGen build state 4";
    private readonly ConcurrentDictionary<string, PageRecord> _pages;
    private readonly ConcurrentDictionary<string, CachedSeed> _seeds;

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

        try
        {
            using var reader = new BinaryReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new FormatException("not a BriefGen build state of this version");
            }

            if (ReadHash(reader) != buildKey || reader.ReadString() != Path.GetFullPath(outputDir) || reader.ReadInt64() != Stamp(outputDir))
            {
                return Empty; // another generator, configuration or folder: nothing to keep, nothing wrong
            }

            var sets = new IReadOnlyList<string>[ReadCount(reader)];
            for (var i = 0; i < sets.Length; i++)
            {
                var names = new string[ReadCount(reader)];
                for (var j = 0; j < names.Length; j++)
                {
                    names[j] = reader.ReadString();
                }

                sets[i] = names;
            }

            var state = new BuildState();
            for (var count = ReadCount(reader); count > 0; count--)
            {
                var path = reader.ReadString();
                state._pages[path] = new PageRecord(ReadHash(reader), sets[reader.ReadInt32()], ReadHash(reader), new FileStamp(reader.ReadInt64(), reader.ReadInt64()));
            }

            var files = new HashSet<string>(StringComparer.Ordinal);
            for (var count = ReadCount(reader); count > 0; count--)
            {
                files.Add(reader.ReadString());
            }

            state.Files = files;
            for (var count = ReadCount(reader); count > 0; count--)
            {
                var path = reader.ReadString();
                var stamp = new SeedStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
                state._seeds[path] = new CachedSeed(stamp, SlimBriefCodec.Read(reader), ReadHash(reader), ReadHash(reader));
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

    /// <summary>The cached seed at <paramref name="fullPath"/> when its stamp is still <paramref name="stamp"/>, else null.</summary>
    public CachedSeed? FindSeed(string fullPath, SeedStamp stamp) => _seeds.TryGetValue(fullPath, out var seed) && seed.Stamp == stamp ? seed : null;

    /// <summary>Remembers a seed read without diagnostics, for the next build.</summary>
    public void RecordSeed(string fullPath, CachedSeed seed) => _seeds[fullPath] = seed;

    /// <summary>Writes the state for the folder just swapped in; a failure is a BG4006 warning, never an error.</summary>
    public void Save(string file, string outputDir, UInt128 buildKey, DiagnosticBag diagnostics)
    {
        var temp = file + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var writer = new BinaryWriter(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
            {
                writer.Write(Magic);
                WriteHash(writer, buildKey);
                writer.Write(Path.GetFullPath(outputDir));
                writer.Write(Stamp(outputDir));
                var sets = new Dictionary<string, int>(StringComparer.Ordinal);
                var lists = new List<IReadOnlyList<string>>();
                foreach (var record in _pages.Values)
                {
                    if (sets.TryAdd(string.Join('\n', record.Templates), lists.Count))
                    {
                        lists.Add(record.Templates);
                    }
                }

                writer.Write(lists.Count);
                foreach (var names in lists)
                {
                    writer.Write(names.Count);
                    names.ToList().ForEach(writer.Write);
                }

                writer.Write(_pages.Count);
                foreach (var (path, record) in _pages)
                {
                    writer.Write(path);
                    WriteHash(writer, record.Input);
                    writer.Write(sets[string.Join('\n', record.Templates)]);
                    WriteHash(writer, record.TemplatesKey);
                    writer.Write(record.File.Length);
                    writer.Write(record.File.WriteTicks);
                }

                var files = Files ?? new HashSet<string>();
                writer.Write(files.Count);
                foreach (var path in files.Order(StringComparer.Ordinal))
                {
                    writer.Write(path);
                }

                writer.Write(_seeds.Count);
                foreach (var (path, seed) in _seeds)
                {
                    writer.Write(path);
                    writer.Write(seed.Stamp.Length);
                    writer.Write(seed.Stamp.WriteTicks);
                    writer.Write(seed.Stamp.SidecarLength);
                    writer.Write(seed.Stamp.SidecarWriteTicks);
                    SlimBriefCodec.Write(writer, seed.Brief);
                    WriteHash(writer, seed.ContentHash);
                    WriteHash(writer, seed.ListedHash);
                }
            }

            File.Move(temp, file, overwrite: true);
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

    /// <summary>The folder's modification time: it changes whenever the folder is replaced or its top level edited.</summary>
    private static long Stamp(string outputDir) => Directory.GetLastWriteTimeUtc(outputDir).Ticks;

    /// <summary>A count, checked against the file's length so a damaged one cannot ask for a huge array.</summary>
    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length ? count : throw new FormatException("a count is out of range");
    }

    private static UInt128 ReadHash(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private static void WriteHash(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)(hash >> 64));
        writer.Write((ulong)hash);
    }
}
