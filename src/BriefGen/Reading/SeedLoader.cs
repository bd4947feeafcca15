using System.Buffers;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading.Markdown;
using BriefGen.Reading.Overrides;
using BriefGen.Reading.PageDump;

namespace BriefGen.Reading;

/// <summary>
/// Finds seeds on disk and reads them with the reader for their extension. This is the only part of reading that
/// touches the file system; the readers themselves are pure. Thread-safe: <see cref="Load"/> may run in parallel.
/// Nothing here throws for bad input: every problem is a diagnostic.
/// </summary>
public sealed class SeedLoader
{
    private readonly Dictionary<string, ISeedReader> _readers;

    /// <summary>Creates a loader over the given readers.</summary>
    public SeedLoader(IEnumerable<ISeedReader> readers, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(readers);
        Options = options ?? ReaderOptions.Default;
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

    /// <summary>The built-in readers: page dumps (<c>.txt</c>) and Markdown (<c>.md</c>).</summary>
    public static IReadOnlyList<ISeedReader> BuiltInReaders { get; } = [new PageDumpReader(), new MarkdownSeedReader()];

    /// <summary>A loader with the built-in readers.</summary>
    public static SeedLoader CreateDefault(ReaderOptions? options = null) => new(BuiltInReaders, options ?? ReaderOptions.Default);

    /// <summary>True when a reader handles files with this extension (<c>.txt</c>; case is ignored).</summary>
    public bool IsSeedExtension(string extension) => _readers.ContainsKey(extension);

    /// <summary>
    /// The seeds under <paramref name="seedsDir"/> by the contract's rules, sorted by display path. Display paths are
    /// made relative to <paramref name="displayRoot"/> (the site folder), with <c>/</c>.
    /// </summary>
    public IReadOnlyList<SeedFile> Discover(string seedsDir, string displayRoot, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = Path.GetFullPath(displayRoot);
        return SeedDiscovery.Run(seedsDir, IsSeedExtension, p => Path.GetRelativePath(root, p).Replace('\\', '/'), diagnostics);
    }

    /// <summary>
    /// Like <see cref="Discover"/>, but display paths start with <paramref name="displayPrefix"/> (the folder as the
    /// user typed it, e.g. <c>seeds</c>) followed by the path inside the folder: <c>seeds/a/x.txt</c>.
    /// </summary>
    public IReadOnlyList<SeedFile> DiscoverAs(string seedsDir, string displayPrefix, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = Path.GetFullPath(seedsDir);
        var prefix = displayPrefix.Replace('\\', '/').TrimEnd('/');
        return SeedDiscovery.Run(seedsDir, IsSeedExtension, p => Join(prefix, Path.GetRelativePath(root, p).Replace('\\', '/')), diagnostics);
    }

    /// <summary>A seed named directly (not discovered): <paramref name="path"/> with its sidecar if one is beside it.</summary>
    public static SeedFile FileAt(string path, string displayPath)
    {
        var full = Path.GetFullPath(path);
        var sidecar = Path.ChangeExtension(full, ".yml");
        return new SeedFile(full, displayPath.Replace('\\', '/'), File.Exists(sidecar) && !sidecar.Equals(full, StringComparison.Ordinal) ? sidecar : null);
    }

    /// <summary>Reads one seed (size limit, decoding, reader, sidecar). Never throws.</summary>
    public LoadedSeed Load(SeedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var bag = new DiagnosticBag();
        try
        {
            if (!_readers.TryGetValue(Path.GetExtension(file.FullPath), out var reader))
            {
                bag.Report(Descriptors.NoReader, file.DisplayPath, 0, 0, Path.GetExtension(file.FullPath));
                return new LoadedSeed(file, null, bag.ToImmutable());
            }

            var brief = ReadFile(file.FullPath, file.DisplayPath, allowBlank: false, bag) is { } source
                ? RunReader(reader, source, bag)
                : null;
            if (brief is not null && file.SidecarPath is not null)
            {
                var sidecarDisplay = Path.ChangeExtension(file.DisplayPath, ".yml");
                if (ReadFile(file.SidecarPath, sidecarDisplay, allowBlank: true, bag) is { } sidecar)
                {
                    brief = SidecarOverrides.Apply(brief, sidecar, bag);
                }
            }

            return new LoadedSeed(file, brief, bag.ToImmutable());
        }
        catch (Exception ex)
        {
            // A bug, not bad input: one diagnostic naming the file instead of a stack trace.
            bag.ReportInternalError(file.DisplayPath, ex);
            return new LoadedSeed(file, null, bag.ToImmutable());
        }
    }

    /// <summary>
    /// Reads a seed held in memory: size limit, decoding and the reader for <paramref name="displayPath"/>'s
    /// extension; no sidecar. Never throws.
    /// </summary>
    public ReadResult Read(string displayPath, ReadOnlySpan<byte> bytes)
    {
        var bag = new DiagnosticBag();
        try
        {
            if (!_readers.TryGetValue(Path.GetExtension(displayPath), out var reader))
            {
                bag.Report(Descriptors.NoReader, displayPath, 0, 0, Path.GetExtension(displayPath));
                return new ReadResult(null, bag.ToImmutable());
            }

            if (bytes.Length > Options.MaxSeedBytes)
            {
                bag.Report(Descriptors.SeedTooLarge, displayPath, 0, 0, (long)bytes.Length, Options.MaxSeedBytes);
                return new ReadResult(null, bag.ToImmutable());
            }

            var source = SeedDecoder.Decode(displayPath, bytes, bag);
            var brief = source is null ? null : RunReader(reader, source, bag);
            return new ReadResult(brief, bag.ToImmutable());
        }
        catch (Exception ex)
        {
            bag.ReportInternalError(displayPath, ex);
            return new ReadResult(null, bag.ToImmutable());
        }
    }

    private Brief? RunReader(ISeedReader reader, SourceText source, DiagnosticBag bag)
    {
        var result = reader.Read(source, Options);
        bag.AddRange(result.Diagnostics);
        return result.Brief;
    }

    /// <summary>
    /// Reads and decodes a file, checking its length against the limit before reading a byte. The bytes live in a
    /// pooled buffer only until they are decoded.
    /// </summary>
    private SourceText? ReadFile(string fullPath, string displayPath, bool allowBlank, DiagnosticBag bag)
    {
        byte[]? rented = null;
        try
        {
            ReadOnlySpan<byte> bytes;
            try
            {
                using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
                var length = stream.Length;
                if (length > Options.MaxSeedBytes)
                {
                    bag.Report(Descriptors.SeedTooLarge, displayPath, 0, 0, length, Options.MaxSeedBytes);
                    return null;
                }

                rented = ArrayPool<byte>.Shared.Rent((int)length + 1);
                bytes = ReadUpTo(stream, rented.AsSpan(0, (int)length + 1), Options.MaxSeedBytes);
                if (bytes.Length > Options.MaxSeedBytes)
                {
                    // The file grew while it was being read.
                    bag.Report(Descriptors.SeedTooLarge, displayPath, 0, 0, (long)bytes.Length, Options.MaxSeedBytes);
                    return null;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                bag.Report(Descriptors.UnreadableSeed, displayPath, 0, 0, ex.Message);
                return null;
            }

            return SeedDecoder.Decode(displayPath, bytes, bag, allowBlank);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Reads to the end, but never more than one byte past <paramref name="limit"/>. <paramref name="buffer"/> holds
    /// the expected length plus one byte, so a file that grew since its length was taken shows in the same read; only
    /// such a file takes the slow path.
    /// </summary>
    private static ReadOnlySpan<byte> ReadUpTo(Stream stream, Span<byte> buffer, long limit)
    {
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read < buffer.Length)
        {
            return buffer[..read];
        }

        using var grown = new MemoryStream();
        grown.Write(buffer);
        var chunk = new byte[81920];
        long total = read;
        int n;
        while (total <= limit && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - total))) > 0)
        {
            grown.Write(chunk, 0, n);
            total += n;
        }

        return grown.ToArray();
    }

    private static string Join(string prefix, string relative)
        => prefix.Length == 0 ? relative : relative == "." ? prefix : prefix + "/" + relative;
}
