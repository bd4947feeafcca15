using System.Collections.Concurrent;
using BriefGen.FileSystem;
using BriefGen.Rendering;
using BriefGen.Rendering.Pages;

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
/// never reused. Everything that can fail happens before the one rename that publishes the new site, and a failure
/// there leaves the output folder as it was (a <see cref="FileSystemFailure"/>); what fails after it is only tidying,
/// reported by <see cref="AfterCommitFailure"/>. Every tree it publishes carries <see cref="OutputMarker"/>.
/// </summary>
public sealed class FileSystemSiteWriter : ISiteWriter
{
    private readonly string _outputDir;
    private readonly OpenFolder? _previous;
    private readonly string _workDir;
    private readonly SiteMirror? _mirror;
    private readonly OpenFolder? _mirrorFolder;
    private readonly bool _intoMirror;
    private readonly ConcurrentDictionary<string, byte> _claimed;
    private readonly ConcurrentDictionary<string, byte> _createdDirs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FileStamp> _stamps;
    private readonly ConcurrentQueue<string> _fresh = new();
    private readonly bool _hadPrevious;
    private int _pendingNames;
    private bool _committed;

    /// <summary>
    /// Starts a build of <paramref name="outputDir"/> (a real path, checked by <see cref="OutputFolderRules"/>) that
    /// keeps <paramref name="mirror"/> (null: none); creates the staging or pending folder and writes the marker.
    /// </summary>
    internal FileSystemSiteWriter(string outputDir, SiteMirror? mirror = null)
    {
        _outputDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var parent = Path.GetDirectoryName(_outputDir) ?? throw new ArgumentException("the output folder cannot be a file-system root", nameof(outputDir));
        if (!Directory.Exists(parent))
        {
            FileSystemFailure.Guard(parent, () => Directory.CreateDirectory(parent));
        }
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
            FileSystemFailure.Guard(mirror?.Dir ?? _outputDir, () => mirror?.Invalidate());
        }

        _mirrorFolder = _intoMirror ? OpenFolder.Open(mirror!.Dir) : null;
        _workDir = _intoMirror
            ? mirror!.Dir + OutputRecovery.PendingInfix + OutputRecovery.NewSuffix()
            : Path.Combine(parent, Path.GetFileName(_outputDir) + OutputRecovery.StagingInfix + OutputRecovery.NewSuffix());
        FileSystemFailure.Guard(_workDir, () => Directory.CreateDirectory(_workDir));
        try
        {
            TryWrite(OutputPath.Create(OutputMarker.FileName), OutputMarker.Content.Span);
        }
        catch (FileSystemFailure)
        {
            Dispose(); // the caller never gets this writer to dispose of
            throw;
        }
    }

    /// <summary>
    /// What failed after the new site was published (turning the previous one into the mirror, removing it): the site
    /// is whole, the next build stages a full tree; null when nothing did.
    /// </summary>
    internal FileSystemFailure? AfterCommitFailure { get; private set; }

    /// <inheritdoc/>
    public int FilesWritten => _written.Count;

    /// <inheritdoc/>
    public bool TryWrite(OutputPath path, ReadOnlySpan<byte> content)
    {
        if (!_claimed.TryAdd(path.Value, 0))
        {
            return false;
        }

        if (_intoMirror && !SortedPaths.Contains(_mirror!.PreviousFiles!, path.Value))
        {
            _fresh.Enqueue(path.Value);
        }

        if (_hadPrevious && SameBytes(path.Value, content) is { } kept && Keep(path, kept.Identity))
        {
            _stamps[path.Value] = kept.Stamp;
            return true;
        }

        var target = Target(path);
        try
        {
            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, content, 0);
            _stamps[path.Value] = new FileStamp(content.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            throw FileSystemFailure.From(e, target);
        }

        return true;
    }

    /// <inheritdoc/>
    public bool TryReuse(OutputPath path, FileStamp expected)
    {
        if (_previous?.File(path.Value) is not { } found || found.Stamp != expected || !_claimed.TryAdd(path.Value, 0))
        {
            return false;
        }

        if (Keep(path, found.Identity))
        {
            return true;
        }

        _claimed.TryRemove(path.Value, out _); // not kept after all: the caller renders and writes it
        return false;
    }

    /// <inheritdoc/>
    public FileStamp? Stamp(OutputPath path) => _stamps.TryGetValue(path.Value, out var stamp) ? stamp : null;

    /// <inheritdoc/>
    public bool TryCopy(OutputPath path, string sourceFile)
    {
        byte[] bytes = [];
        FileSystemFailure.Guard(sourceFile, () => bytes = File.ReadAllBytes(sourceFile));
        return TryWrite(path, bytes);
    }

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
            files = SortedPaths.Of(claimed);
        }

        return files;
    }

    /// <summary>
    /// Discards the staging or pending folder unless the build was committed; one that cannot be removed now is
    /// removed by the next build (<see cref="OutputRecovery"/>).
    /// </summary>
    public void Dispose()
    {
        _previous?.Dispose();
        _mirrorFolder?.Dispose();
        try
        {
            if (!_committed && Directory.Exists(_workDir))
            {
                TreeRemover.DeleteRetrying(_workDir);
            }
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            // the build already failed, or is being abandoned: its debris waits for the next one
        }
    }

    /// <summary>
    /// Publishes the staging tree: one atomic exchange with the previous site (or one rename when there is none). The
    /// previous site, then at the staging tree's name, becomes the mirror or is removed.
    /// </summary>
    private void CommitStaged(HashSet<string> files)
    {
        if (!Directory.Exists(_outputDir))
        {
            FileSystemFailure.Guard(_outputDir, () => Directory.Move(_workDir, _outputDir));
            _committed = true;
            return;
        }

        FolderSwap.Exchange(_outputDir, _workDir);
        _committed = true;
        AfterCommit(() =>
        {
            if (_mirror is null || !TryAdopt(_workDir, files))
            {
                TreeRemover.DeleteRetrying(_workDir);
            }
        });
    }

    /// <summary>Tidying once the new site is published: a failure is kept for a warning, never thrown.</summary>
    private void AfterCommit(Action tidy)
    {
        try
        {
            tidy();
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            AfterCommitFailure = FileSystemFailure.From(e, _workDir);
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
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            return false; // e.g. the state folder is on another file system: builds stage a full tree, as without a mirror
        }
    }

    private IReadOnlyList<string> CommitThroughMirror()
    {
        var mirror = _mirror!;
        var (files, removed) = Files(mirror.PreviousFiles!);
        FileSystemFailure.Guard(mirror.Dir, () =>
        {
            mirror.Invalidate();

            // Removals first, in both trees: a file that is gone may be where a new file's folder goes (and the reverse).
            SiteMirror.RemoveFiles(mirror.Dir, removed);
            foreach (var (path, pending) in _written)
            {
                var target = Path.Combine(mirror.Dir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(pending, target, overwrite: true);
            }
        });

        FolderSwap.Exchange(_outputDir, mirror.Dir);
        _committed = true;
        AfterCommit(() =>
        {
            Directory.SetLastWriteTimeUtc(_outputDir, DateTime.UtcNow); // the build state knows the folder by this time
            Directory.Delete(_workDir);
            SiteMirror.RemoveFiles(mirror.Dir, removed);
            SiteMirror.LinkFrom(_outputDir, mirror.Dir, _written.Keys);
            mirror.MarkReady();
        });
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
            return (SortedPaths.Merge(previous, fresh), []);
        }

        var claimed = _claimed.Keys.ToHashSet(StringComparer.Ordinal);
        return (SortedPaths.Of(claimed), [.. previous.Where(f => !claimed.Contains(f))]);
    }

    /// <summary>
    /// Keeps the previous build's file, whose identity is <paramref name="published"/>: linked into the staging tree,
    /// or, in the mirror, left there — only while the mirror's entry is still that very file (a hard link to it), so
    /// a mirror file changed by hand is never published.
    /// </summary>
    private bool Keep(OutputPath path, FileIdentity published)
        => _intoMirror
            ? _mirrorFolder!.File(path.Value)?.Identity == published
            : HardLink.TryCreate(Path.Combine(_outputDir, path.Value), StagingTarget(path));

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
            FileSystemFailure.Guard(dir, () => Directory.CreateDirectory(dir));
            return 0;
        });
        return target;
    }

    /// <summary>The previous file's stamp and identity when it holds exactly <paramref name="content"/>, else null.</summary>
    private (FileStamp Stamp, FileIdentity Identity)? SameBytes(string path, ReadOnlySpan<byte> content)
    {
        if (_previous?.File(path) is not { } found || found.Stamp.Length != content.Length)
        {
            return null; // missing, changed, or a symbolic link, which is never reused (or followed) from the previous tree
        }

        try
        {
            return File.ReadAllBytes(Path.Combine(_outputDir, path)).AsSpan().SequenceEqual(content) ? found : null;
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            return null; // unreadable: written anew
        }
    }
}
