using System.Collections.Concurrent;

namespace BriefGen.Output;

/// <summary>
/// Writes the site into a staging folder beside the output folder and swaps it in on <see cref="Commit"/>, so a
/// failed build leaves the previous site intact and files of removed seeds disappear. A file whose bytes equal the
/// previous build's is hard-linked from the previous tree instead of rewritten (same inode and mtime, so rsync and
/// web servers see it unchanged). The staging folder is created fresh, so no symbolic link inside it can lead out.
/// </summary>
public sealed class FileSystemSiteWriter : ISiteWriter
{
    private readonly string _outputDir;
    private readonly string _stagingDir;
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _createdDirs = new(StringComparer.Ordinal);
    private int _filesWritten;
    private bool _committed;

    /// <summary>Starts a build of <paramref name="outputDir"/>; creates the staging folder beside it.</summary>
    public FileSystemSiteWriter(string outputDir)
    {
        _outputDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var parent = Path.GetDirectoryName(_outputDir) ?? throw new ArgumentException("the output folder cannot be a file-system root", nameof(outputDir));
        Directory.CreateDirectory(parent);
        _stagingDir = Path.Combine(parent, Path.GetFileName(_outputDir) + ".staging-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_stagingDir);
    }

    /// <inheritdoc/>
    public int FilesWritten => _filesWritten;

    /// <inheritdoc/>
    public bool TryWrite(OutputPath path, ReadOnlySpan<byte> content)
    {
        if (!Claim(path, out var target))
        {
            return false;
        }

        var previous = Path.Combine(_outputDir, path.Value);
        if (!(SameBytes(previous, content) && HardLink.TryCreate(previous, target)))
        {
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(content);
            Interlocked.Increment(ref _filesWritten);
        }

        return true;
    }

    /// <inheritdoc/>
    public bool TryReuse(OutputPath path, FileStamp expected)
    {
        var previous = Path.Combine(_outputDir, path.Value);
        var info = new FileInfo(previous);
        if (!info.Exists || info.LinkTarget is not null || info.Length != expected.Length || info.LastWriteTimeUtc.Ticks != expected.WriteTicks
            || !Claim(path, out var target))
        {
            return false;
        }

        if (HardLink.TryCreate(previous, target))
        {
            return true;
        }

        _claimed.TryRemove(path.Value, out _); // not kept after all: the caller renders and writes it
        return false;
    }

    /// <inheritdoc/>
    public FileStamp? Stamp(OutputPath path)
    {
        var info = new FileInfo(Path.Combine(_stagingDir, path.Value));
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <inheritdoc/>
    public bool TryCopy(OutputPath path, string sourceFile)
    {
        if (!Claim(path, out var target))
        {
            return false;
        }

        var previous = Path.Combine(_outputDir, path.Value);
        if (!(SameBytes(previous, File.ReadAllBytes(sourceFile)) && HardLink.TryCreate(previous, target)))
        {
            File.Copy(sourceFile, target);
            Interlocked.Increment(ref _filesWritten);
        }

        return true;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Commit()
    {
        var backup = _stagingDir.Replace(".staging-", ".old-", StringComparison.Ordinal);
        var hadPrevious = Directory.Exists(_outputDir);
        if (hadPrevious)
        {
            Directory.Move(_outputDir, backup);
        }

        Directory.Move(_stagingDir, _outputDir);
        _committed = true;
        if (hadPrevious)
        {
            TreeRemover.Delete(backup);
        }

        return [.. _claimed.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Discards the staging folder unless the build was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_stagingDir))
        {
            Directory.Delete(_stagingDir, recursive: true);
        }
    }

    private bool Claim(OutputPath path, out string target)
    {
        target = Path.Combine(_stagingDir, path.Value);
        if (!_claimed.TryAdd(path.Value, 0))
        {
            return false;
        }

        // The folder is in the cache only once it exists: a thread that finds it there may write at once, and
        // threads that race to add it each create it (creating an existing folder is harmless).
        _createdDirs.GetOrAdd(Path.GetDirectoryName(target)!, dir =>
        {
            Directory.CreateDirectory(dir);
            return 0;
        });

        return true;
    }

    private static bool SameBytes(string previous, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(previous);
        if (!info.Exists || info.Length != content.Length || info.LinkTarget is not null)
        {
            return false; // never reuse (or follow) a symbolic link from the previous tree
        }

        return File.ReadAllBytes(previous).AsSpan().SequenceEqual(content);
    }
}
