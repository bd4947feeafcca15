using System.Collections.Concurrent;
using BriefGen.FileSystem;
using BriefGen.Rendering;
using BriefGen.Rendering.Pages;

namespace BriefGen.Output;

/// <summary>
/// Writes the site so that a failed build leaves the previous site intact and the new one replaces it whole, in one
/// swap. Unchanged files keep their inode and modification time (rsync and web servers see them unchanged).
/// Where the files go until <see cref="Commit"/>, and how it publishes them, is the <see cref="CommitStrategy"/>
/// chosen here: a <see cref="MirrorCommit"/> for an incremental build with a trusted <see cref="SiteMirror"/>, else a
/// <see cref="StagingCommit"/>. This class claims the paths, finds the files unchanged since the previous build and
/// keeps their stamps.
/// No symbolic link is followed: staging and pending folders are created fresh, and the previous tree's links are
/// never reused. Everything that can fail happens before the one rename that publishes the new site, and a failure
/// there leaves the output folder as it was (a <see cref="FileSystemFailure"/>); what fails after it is only tidying,
/// reported by <see cref="AfterCommitFailure"/>. Every tree it publishes carries <see cref="OutputMarker"/>.
/// </summary>
internal sealed class FileSystemSiteWriter : ISiteWriter
{
    private readonly string _outputDir;
    private readonly OpenFolder? _previous;
    private readonly CommitStrategy _commit;
    private readonly ClaimedFiles _files;

    // Not sized for the previous site, unlike the claims: a rebuild through the mirror stamps few files.
    private readonly ConcurrentDictionary<string, FileStamp> _stamps = new(StringComparer.Ordinal);

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

        _files = new ClaimedFiles(Math.Max(31, mirror?.PreviousFiles?.Count ?? 0)); // sized for the previous site
        _previous = Directory.Exists(_outputDir) ? OpenFolder.Open(_outputDir) : null;
        _commit = mirror is { IsReady: true } && _previous is not null
            ? new MirrorCommit(_outputDir, mirror)
            : new StagingCommit(_outputDir, mirror);
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
    internal FileSystemFailure? AfterCommitFailure => _commit.AfterCommitFailure;

    /// <inheritdoc/>
    public int FilesWritten => _files.Written.Count;

    /// <inheritdoc/>
    public bool TryWrite(OutputPath path, ReadOnlySpan<byte> content)
    {
        if (!_files.TryClaim(path.Value))
        {
            return false;
        }

        _commit.Claimed(path.Value);
        if (SameBytes(path.Value, content) is { } kept && _commit.TryKeep(path, kept.Identity))
        {
            _stamps[path.Value] = kept.Stamp;
            return true;
        }

        var target = _commit.NewFileLocation(path);
        _files.RecordWritten(path.Value, target);
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
        if (_previous?.File(path.Value) is not { } found || found.Stamp != expected || !_files.TryClaim(path.Value))
        {
            return false;
        }

        if (_commit.TryKeep(path, found.Identity))
        {
            return true;
        }

        _files.Release(path.Value); // not kept after all: the caller renders and writes it
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
    public IReadOnlyList<string> Commit() => _commit.Commit(_files);

    /// <summary>
    /// Discards the staging or pending folder unless the build was committed; one that cannot be removed now is
    /// removed by the next build (<see cref="OutputRecovery"/>).
    /// </summary>
    public void Dispose()
    {
        _previous?.Dispose();
        _commit.Dispose();
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
