using System.Collections.Concurrent;

namespace BriefGen.Output;

/// <summary>
/// Writes the site so that a failed build leaves the previous site intact and the new one replaces it whole, in one
/// swap. Unchanged files keep their inode and modification time (rsync and web servers see them unchanged).
/// <para>Staging (a first build, or no trusted <see cref="SiteMirror"/>): every file goes into a fresh staging
/// folder beside the output folder — a file whose bytes equal the previous build's as a hard link to it — which is
/// swapped in on <see cref="Commit"/>. The previous folder is then deleted, or turned into the mirror when there is
/// one: that costs only the files that changed.</para>
/// <para>Mirror (an incremental build with a trusted mirror): changed files are written to a pending folder and
/// nothing else is touched until <see cref="Commit"/> moves them into the mirror, exchanges mirror and output
/// folder, and applies the same changes to the new mirror: work in proportion to what changed.</para>
/// No symbolic link is followed: staging and pending folders are created fresh, and the previous tree's links are
/// never reused.
/// </summary>
public sealed class FileSystemSiteWriter : ISiteWriter
{
    private readonly string _outputDir;
    private readonly string _workDir;
    private readonly SiteMirror? _mirror;
    private readonly bool _intoMirror;
    private readonly ConcurrentDictionary<string, byte> _claimed;
    private readonly ConcurrentDictionary<string, byte> _createdDirs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileStamp> _stamps;
    private readonly bool _hadPrevious;
    private int _pendingNames;
    private bool _committed;

    /// <summary>Starts a build of <paramref name="outputDir"/>; creates the staging folder beside it.</summary>
    public FileSystemSiteWriter(string outputDir)
        : this(outputDir, null)
    {
    }

    /// <summary>Starts a build of <paramref name="outputDir"/> that keeps <paramref name="mirror"/> (null: none).</summary>
    internal FileSystemSiteWriter(string outputDir, SiteMirror? mirror)
    {
        _outputDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var parent = Path.GetDirectoryName(_outputDir) ?? throw new ArgumentException("the output folder cannot be a file-system root", nameof(outputDir));
        Directory.CreateDirectory(parent);
        _mirror = mirror;

        // Sized for the previous site: growing a concurrent dictionary while every worker adds to it is costly.
        var expected = Math.Max(31, mirror?.PreviousFiles?.Count ?? 0);
        _claimed = new(Environment.ProcessorCount, expected, StringComparer.Ordinal);
        _stamps = new(Environment.ProcessorCount, expected, StringComparer.Ordinal);
        _hadPrevious = Directory.Exists(_outputDir);
        _intoMirror = mirror is { IsReady: true } && _hadPrevious;
        if (!_intoMirror)
        {
            // A mirror this build does not write through no longer mirrors the folder it makes: e.g. the folder was
            // deleted and this is a full build. Trusted later, it would swap the old tree's files back in.
            mirror?.Invalidate();
        }
        _workDir = _intoMirror
            ? mirror!.Dir + ".pending-" + Guid.NewGuid().ToString("N")[..12]
            : Path.Combine(parent, Path.GetFileName(_outputDir) + ".staging-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_workDir);
    }

    /// <inheritdoc/>
    public int FilesWritten => _written.Count;

    /// <inheritdoc/>
    public bool TryWrite(OutputPath path, ReadOnlySpan<byte> content)
    {
        if (!_claimed.TryAdd(path.Value, 0))
        {
            return false;
        }

        var previous = Path.Combine(_outputDir, path.Value);
        if (_hadPrevious && SameBytes(previous, content) is { } kept && Keep(path, previous))
        {
            _stamps[path.Value] = kept;
            return true;
        }

        using var handle = File.OpenHandle(Target(path), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, content, 0);
        _stamps[path.Value] = new FileStamp(content.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        return true;
    }

    /// <inheritdoc/>
    public bool TryReuse(OutputPath path, FileStamp expected)
    {
        var previous = Path.Combine(_outputDir, path.Value);
        if (FileStamp.Of(previous) != expected || !_claimed.TryAdd(path.Value, 0))
        {
            return false;
        }

        if (Keep(path, previous))
        {
            _stamps[path.Value] = expected;
            return true;
        }

        _claimed.TryRemove(path.Value, out _); // not kept after all: the caller renders and writes it
        return false;
    }

    /// <inheritdoc/>
    public FileStamp? Stamp(OutputPath path) => _stamps.TryGetValue(path.Value, out var stamp) ? stamp : null;

    /// <inheritdoc/>
    public bool TryCopy(OutputPath path, string sourceFile) => TryWrite(path, File.ReadAllBytes(sourceFile));

    /// <inheritdoc/>
    public IReadOnlyList<string> Commit()
    {
        var files = _claimed.Keys.ToHashSet(StringComparer.Ordinal);
        if (_intoMirror)
        {
            CommitThroughMirror(files);
        }
        else
        {
            CommitStaged(files);
        }

        _committed = true;
        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>Discards the staging or pending folder unless the build was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_workDir))
        {
            TreeRemover.Delete(_workDir);
        }
    }

    private void CommitStaged(HashSet<string> files)
    {
        var backup = _workDir.Replace(".staging-", ".old-", StringComparison.Ordinal);
        var hadPrevious = Directory.Exists(_outputDir);
        if (hadPrevious)
        {
            Directory.Move(_outputDir, backup);
        }

        Directory.Move(_workDir, _outputDir);
        if (!hadPrevious)
        {
            return;
        }

        if (_mirror is null || !TryAdopt(backup, files))
        {
            TreeRemover.Delete(backup);
        }
    }

    /// <summary>Turns the previous output folder into the mirror; false when it cannot be (then it is deleted).</summary>
    private bool TryAdopt(string previous, HashSet<string> files)
    {
        try
        {
            _mirror!.Discard();
            SiteMirror.Adopt(previous, _outputDir, files, _written.Keys);
            Directory.Move(previous, _mirror.Dir);
            _mirror.MarkReady();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // e.g. the state folder is on another file system: builds stage a full tree, as without a mirror
        }
    }

    private void CommitThroughMirror(HashSet<string> files)
    {
        var mirror = _mirror!;
        var removed = mirror.PreviousFiles!.Where(f => !files.Contains(f)).ToList();
        mirror.Invalidate();

        // Removals first, in both trees: a file that is gone may be where a new file's folder goes (and the reverse).
        SiteMirror.RemoveFiles(mirror.Dir, removed);
        foreach (var (path, pending) in _written)
        {
            var target = Path.Combine(mirror.Dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(pending, target, overwrite: true);
        }

        FolderSwap.Exchange(_outputDir, mirror.Dir);
        Directory.SetLastWriteTimeUtc(_outputDir, DateTime.UtcNow); // the build state knows the folder by this time
        Directory.Delete(_workDir);
        SiteMirror.RemoveFiles(mirror.Dir, removed);
        SiteMirror.LinkFrom(_outputDir, mirror.Dir, _written.Keys);
        mirror.MarkReady();
    }

    /// <summary>Keeps the previous build's file: linked into the staging tree, or, in the mirror, already there.</summary>
    private bool Keep(OutputPath path, string previous) => _intoMirror || HardLink.TryCreate(previous, StagingTarget(path));

    /// <summary>Where a new file is written: its place in the staging tree, or a fresh name in the pending folder.</summary>
    private string Target(OutputPath path)
    {
        var target = _intoMirror
            ? Path.Combine(_workDir, Interlocked.Increment(ref _pendingNames).ToString(System.Globalization.CultureInfo.InvariantCulture))
            : StagingTarget(path);
        _written[path.Value] = target;
        return target;
    }

    private string StagingTarget(OutputPath path)
    {
        var target = Path.Combine(_workDir, path.Value);

        // The folder is in the cache only once it exists: a thread that finds it there may write at once, and
        // threads that race to add it each create it (creating an existing folder is harmless).
        _createdDirs.GetOrAdd(Path.GetDirectoryName(target)!, dir =>
        {
            Directory.CreateDirectory(dir);
            return 0;
        });
        return target;
    }

    /// <summary>The previous file's stamp when it holds exactly <paramref name="content"/>, else null.</summary>
    private static FileStamp? SameBytes(string previous, ReadOnlySpan<byte> content)
    {
        if (FileStamp.Of(previous) is not { } stamp || stamp.Length != content.Length)
        {
            return null; // missing, changed, or a symbolic link, which is never reused (or followed) from the previous tree
        }

        return File.ReadAllBytes(previous).AsSpan().SequenceEqual(content) ? stamp : null;
    }
}
