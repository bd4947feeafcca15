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
    private readonly OpenFolder? _previous;
    private readonly string _workDir;
    private readonly SiteMirror? _mirror;
    private readonly bool _intoMirror;
    private readonly ConcurrentDictionary<string, byte> _claimed;
    private readonly ConcurrentDictionary<string, byte> _createdDirs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileStamp> _stamps;
    private readonly ConcurrentQueue<string> _fresh = new();
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
        _stamps = new(StringComparer.Ordinal); // the files written, which a rebuild through the mirror keeps few of
        _hadPrevious = Directory.Exists(_outputDir);
        _previous = _hadPrevious ? OpenFolder.Open(_outputDir) : null;
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

        if (_intoMirror && !SortedContains(_mirror!.PreviousFiles!, path.Value))
        {
            _fresh.Enqueue(path.Value);
        }

        var previous = Path.Combine(_outputDir, path.Value);
        if (_hadPrevious && SameBytes(previous, content) is { } kept && Keep(path))
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
        if (_previous?.Stamp(path.Value) is not { } stamp || stamp != expected || !_claimed.TryAdd(path.Value, 0))
        {
            return false;
        }

        if (Keep(path))
        {
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
        IReadOnlyList<string> files;
        if (_intoMirror)
        {
            files = CommitThroughMirror();
        }
        else
        {
            var claimed = _claimed.Keys.ToHashSet(StringComparer.Ordinal);
            CommitStaged(claimed);
            files = [.. claimed.Order(StringComparer.Ordinal)];
        }

        _committed = true;
        return files;
    }

    /// <summary>Discards the staging or pending folder unless the build was committed.</summary>
    public void Dispose()
    {
        _previous?.Dispose();
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

    private IReadOnlyList<string> CommitThroughMirror()
    {
        var mirror = _mirror!;
        var (files, removed) = Files(mirror.PreviousFiles!);
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
        return files;
    }

    /// <summary>
    /// The files of the site this build makes through the mirror, in ordinal order, and the previous files it no
    /// longer has. A file reused (<see cref="TryReuse"/>) is always one of <paramref name="previous"/> (the state
    /// records only files a build committed), and each file claimed otherwise was looked up there, so when the counts
    /// add up nothing was removed and the previous list is merged with the new files, without sorting the site.
    /// </summary>
    private (IReadOnlyList<string> Files, List<string> Removed) Files(IReadOnlyList<string> previous)
    {
        var fresh = _fresh.ToArray();
        Array.Sort(fresh, StringComparer.Ordinal);
        if (_claimed.Count - fresh.Length == previous.Count)
        {
            var files = new List<string>(_claimed.Count);
            var (i, j) = (0, 0);
            while (i < previous.Count || j < fresh.Length)
            {
                files.Add(j == fresh.Length || (i < previous.Count && string.CompareOrdinal(previous[i], fresh[j]) < 0) ? previous[i++] : fresh[j++]);
            }

            return (files, []);
        }

        var claimed = _claimed.Keys.ToHashSet(StringComparer.Ordinal);
        return ([.. claimed.Order(StringComparer.Ordinal)], [.. previous.Where(f => !claimed.Contains(f))]);
    }

    /// <summary>Whether <paramref name="path"/> is in <paramref name="sorted"/> (ordinal order): a binary search.</summary>
    private static bool SortedContains(IReadOnlyList<string> sorted, string path)
    {
        var (low, high) = (0, sorted.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(sorted[middle], path);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>Keeps the previous build's file: linked into the staging tree, or, in the mirror, already there.</summary>
    private bool Keep(OutputPath path) => _intoMirror || HardLink.TryCreate(Path.Combine(_outputDir, path.Value), StagingTarget(path));

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
