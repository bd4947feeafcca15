using System.Collections.Concurrent;
using System.Text;
using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Model;
using BriefGen.Reading;

namespace BriefGen.Incremental;

/// <summary>
/// The incremental build state of one output folder: for every generated file, the hashes it was rendered from;
/// every file of the folder; and the seeds read without diagnostics, with their stamps (the seed cache).
/// It is tied to the folder it describes: it names the folder and records the folder's modification time right
/// after the build swapped it in, so a build into a fresh or replaced folder finds no matching state and is a
/// full build. It also records the generator and configuration it was made with. Thread-safe for recording and keeping.
/// </summary>
internal sealed class BuildState
{
    private const string MagicPrefix = "BriefGen build state ";
    private const string Magic = MagicPrefix + "10";
    private const int ChecksumLength = 16;
    private readonly ConcurrentDictionary<string, PageRecord> _pages;
    private readonly ConcurrentDictionary<string, CachedSeed> _seeds;
    private readonly ConcurrentQueue<string> _madePages = new();
    private readonly ConcurrentQueue<string> _madeSeeds = new();

    private Origin? _origin;

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

    /// <summary>Every file of the output folder after the build, in ordinal order (null until known): what a mirror of it holds.</summary>
    public IReadOnlyList<string>? Files { get; set; }

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
    /// The state saved at <paramref name="at"/> (the state file and its journal), or an empty one when there is
    /// none, it belongs to another folder, build key or generation of the folder, or it cannot be read (then a BG4005
    /// warning). Taken from <paramref name="cache"/> when that holds the state saved last and the files are still as saved.
    /// </summary>
    public static BuildState Load(StateLocation at, DiagnosticBag diagnostics, BuildStateCache? cache = null)
    {
        var (file, outputDir, buildKey) = (at.File, at.OutputDir, at.BuildKey);
        if (!File.Exists(file) || !Directory.Exists(outputDir))
        {
            return Empty;
        }

        var journal = StateJournal.FileFor(file);
        var origin = new Origin(file, Guid.Empty, FileStamp.Of(file), FileStamp.Of(journal));
        var fullDir = Path.GetFullPath(outputDir);
        var folderStamp = Stamp(outputDir);
        if (cache?.Last is { } last && last.BuildKey == buildKey && last.OutputDir == fullDir && last.FolderStamp == folderStamp
            && last.State._origin is { } saved && saved.File == file && saved.Base == origin.Base && saved.Journal == origin.Journal)
        {
            return last.State;
        }

        try
        {
            using var stream = Verified(file);
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            var magic = header.ReadString();
            if (magic != Magic)
            {
                // Another version's state (after an upgrade) is expected, not damage: a full build, no warning.
                return magic.StartsWith(MagicPrefix, StringComparison.Ordinal) ? Empty : throw new FormatException("not a BriefGen build state");
            }

            if (ReadHash(header) != buildKey || header.ReadString() != fullDir)
            {
                return Empty; // another generator, configuration or folder: nothing to keep, nothing wrong
            }

            var generation = new Guid(header.ReadBytes(16));
            var vocabulary = cache?.Vocabulary ?? new SearchVocabulary();
            var state = new BuildState();
            var files = new FileListBuilder();
            long stamp;
            using (var reader = new StateReader(stream))
            {
                stamp = StateDelta.ApplyFrom(reader, state, files, vocabulary);
            }

            // A journal left behind by an older generation (a build stopped between writing the state and removing it)
            // is not applied; the next save writes the state whole and removes it.
            var applied = origin.Journal is null ? (long?)null : StateJournal.ApplyTo(journal, generation, state, files, vocabulary);
            if ((applied ?? stamp) != folderStamp)
            {
                return Empty; // the folder was replaced or touched since: a full build
            }

            state.Files = files.ToList();
            state._origin = origin.Journal is null || applied is not null ? origin with { Generation = generation } : null;
            return state;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            var why = e switch
            {
                FormatException => e.Message, // BriefGen's own words
                EndOfStreamException or IndexOutOfRangeException or ArgumentException => "it is cut short or not of this version",
                _ => FileSystemFailure.From(e, file).Words,
            };
            diagnostics.Report(Descriptors.StateUnreadable, null, 0, 0, file, why);
            return Empty;
        }
    }

    /// <summary>The record of a file, or null.</summary>
    public PageRecord? Find(string path) => _pages.TryGetValue(path, out var record) ? record : null;

    /// <summary>Remembers how a file was made in this build (the latest call for a path wins).</summary>
    public void Record(string path, PageRecord record)
    {
        _pages[path] = record;
        _madePages.Enqueue(path);
    }

    /// <summary>
    /// Carries the previous build's record of <paramref name="path"/> over unchanged (a kept file; or a state being
    /// loaded): saving compares only what was recorded anew, so this must be the record the previous state has.
    /// </summary>
    public void Keep(string path, PageRecord record) => _pages[path] = record;

    /// <summary>
    /// One list for each distinct set of templates, as a state read back has: pages made by the same templates share
    /// it, so the next build combines the hashes of each set once (<see cref="TemplateKeys"/>), not once per file.
    /// </summary>
    public IReadOnlyList<string> Share(IReadOnlyList<string> templates) => _templateLists.GetOrAdd(templates, templates);

    /// <summary>The cached seed at <paramref name="fullPath"/> when its stamp is still <paramref name="stamp"/>, else null.</summary>
    public CachedSeed? FindSeed(string fullPath, SeedStamp stamp) => _seeds.TryGetValue(fullPath, out var seed) && seed.Stamp == stamp ? seed : null;

    /// <summary>Remembers a seed read without diagnostics in this build, for the next build.</summary>
    public void RecordSeed(string fullPath, CachedSeed seed)
    {
        _seeds[fullPath] = seed;
        _madeSeeds.Enqueue(fullPath);
    }

    /// <summary>Carries the previous build's cached seed at <paramref name="fullPath"/> over unchanged (see <see cref="Keep"/>).</summary>
    public void KeepSeed(string fullPath, CachedSeed seed) => _seeds[fullPath] = seed;

    /// <summary>
    /// Numbers the body terms of every cached seed by <paramref name="vocabulary"/>, so that the state holds no other
    /// numbering (what is saved is the terms themselves, unchanged).
    /// </summary>
    public void NumberSearchIn(SearchVocabulary vocabulary)
    {
        foreach (var (path, seed) in _seeds)
        {
            _seeds[path] = seed.NumberedBy(vocabulary);
        }
    }

    /// <summary>
    /// Saves the state for the folder just swapped in: what changed since <paramref name="previous"/> is appended to the
    /// journal when <paramref name="previous"/> is what the file and journal hold and the journal stays under a quarter
    /// of the state file; otherwise the state is written whole (a new generation) and the journal removed. A failure is
    /// a BG4006 warning, never an error. A state saved is remembered in <paramref name="cache"/>.
    /// </summary>
    public void Save(StateLocation at, BuildState previous, DiagnosticBag diagnostics, BuildStateCache? cache = null)
    {
        var (file, outputDir, buildKey) = (at.File, at.OutputDir, at.BuildKey);
        var temp = file + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var journal = StateJournal.FileFor(file);
        cache?.Forget();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var folderStamp = Stamp(outputDir);
            if (previous._origin is { Base: { } stateStamp } origin && origin.File == file
                && FileStamp.Of(file) == stateStamp && FileStamp.Of(journal) == origin.Journal
                && StateJournal.TryAppend(journal, origin.Generation, origin.Journal?.Length, StateDelta.Between(previous, this, folderStamp), stateStamp.Length / 4))
            {
                _origin = origin with { Journal = FileStamp.Of(journal) };
            }
            else
            {
                var generation = Guid.NewGuid();
                using (var output = new BinaryWriter(new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16), Encoding.UTF8))
                {
                    output.Write(Magic);
                    WriteHash(output, buildKey);
                    output.Write(Path.GetFullPath(outputDir));
                    output.Write(generation.ToByteArray());
                    var writer = new StateWriter(output, _pages.Count + (_seeds.Count * 8)); // paths, and a brief's own texts
                    StateDelta.Whole(this, folderStamp).Write(writer);
                    writer.Finish();
                    AppendChecksum(output.BaseStream);
                }

                File.Move(temp, file, overwrite: true);
                File.Delete(journal);
                _origin = new Origin(file, generation, FileStamp.Of(file), null);
            }

            cache?.Remember(new SavedState(buildKey, Path.GetFullPath(outputDir), folderStamp, this));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Descriptors.StateNotSaved, null, 0, 0, file, FileSystemFailure.From(e, file).Words);
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

    /// <summary>The files recorded anew (<see cref="Record"/>) in this build, each once.</summary>
    internal IEnumerable<string> MadePages => _madePages.Distinct(StringComparer.Ordinal);

    /// <summary>The seeds recorded anew (<see cref="RecordSeed"/>) in this build, each once.</summary>
    internal IEnumerable<string> MadeSeeds => _madeSeeds.Distinct(StringComparer.Ordinal);

    /// <summary>The records, by file.</summary>
    internal IEnumerable<KeyValuePair<string, PageRecord>> Pages => _pages;

    /// <summary>The cached seeds, by full path.</summary>
    internal IEnumerable<KeyValuePair<string, CachedSeed>> Seeds => _seeds;

    /// <summary>Forgets the record of a file.</summary>
    internal void Remove(string path) => _pages.TryRemove(path, out _);

    /// <summary>Forgets a cached seed.</summary>
    internal void RemoveSeed(string fullPath) => _seeds.TryRemove(fullPath, out _);

    /// <summary>The cached seed at <paramref name="fullPath"/>, whatever its stamp, or null.</summary>
    internal CachedSeed? FindSeed(string fullPath) => _seeds.TryGetValue(fullPath, out var seed) ? seed : null;

    /// <summary>
    /// The state file's content without its checksum, once the checksum (XxHash128 of everything before it) holds: a
    /// damaged state is never trusted, whatever byte was changed.
    /// </summary>
    private static MemoryStream Verified(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var length = bytes.Length - ChecksumLength;
        if (length < 0 || !System.IO.Hashing.XxHash128.Hash(bytes.AsSpan(0, length)).AsSpan().SequenceEqual(bytes.AsSpan(length)))
        {
            throw new FormatException("its checksum does not match: it was damaged");
        }

        return new MemoryStream(bytes, 0, length, writable: false);
    }

    /// <summary>Appends the checksum of everything <paramref name="stream"/> holds (read back from the start).</summary>
    private static void AppendChecksum(Stream stream)
    {
        stream.Flush();
        stream.Position = 0;
        var hash = new System.IO.Hashing.XxHash128();
        hash.Append(stream);
        stream.Write(hash.GetCurrentHash());
    }

    /// <summary>The folder's modification time: it changes whenever the folder is replaced or its top level edited.</summary>
    private static long Stamp(string outputDir) => Directory.GetLastWriteTimeUtc(outputDir).Ticks;

    private static UInt128 ReadHash(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private static void WriteHash(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)(hash >> 64));
        writer.Write((ulong)hash);
    }


    /// <summary>
    /// The files a state equals, as they were when it was loaded or saved: the state file (its stamp and generation)
    /// and its journal (null: none). Its next save may append to that journal while both are still so.
    /// </summary>
    private sealed record Origin(string File, Guid Generation, FileStamp? Base, FileStamp? Journal);
}
