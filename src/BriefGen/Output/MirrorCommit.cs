using System.Collections.Concurrent;
using System.Globalization;
using BriefGen.FileSystem;

namespace BriefGen.Output;

/// <summary>
/// The commit of an incremental build with a trusted <see cref="SiteMirror"/>: changed files are written to a pending
/// folder beside the mirror and nothing else is touched until <see cref="Commit"/> moves them into the mirror,
/// exchanges mirror and output folder, and applies the same changes to the new mirror: work in proportion to what
/// changed.
/// </summary>
internal sealed class MirrorCommit : CommitStrategy
{
    private readonly SiteMirror _mirror;
    private readonly IReadOnlyList<string> _previousFiles;
    private readonly OpenFolder _mirrorFolder;
    private readonly ConcurrentQueue<string> _fresh = new();
    private int _pendingNames;

    /// <summary>Creates the pending folder beside <paramref name="mirror"/>, which must be ready, for a build of <paramref name="outputDir"/>.</summary>
    public MirrorCommit(string outputDir, SiteMirror mirror)
        : base(outputDir, mirror.Dir + OutputRecovery.PendingInfix + OutputRecovery.NewSuffix())
    {
        _mirror = mirror;
        _previousFiles = mirror.PreviousFiles!; // a ready mirror has them
        _mirrorFolder = OpenFolder.Open(mirror.Dir);
        CreateWorkDir();
    }

    /// <summary>Notes the paths the previous site did not have, so the commit need not sort the whole site.</summary>
    public override void Claimed(string path)
    {
        if (!SortedPaths.Contains(_previousFiles, path))
        {
            _fresh.Enqueue(path);
        }
    }

    /// <summary>
    /// Leaves the previous build's file in the mirror, only while the mirror's entry is still that very file (a hard
    /// link to it), so a mirror file changed by hand is never published.
    /// </summary>
    public override bool TryKeep(OutputPath path, FileIdentity published) => _mirrorFolder.File(path.Value)?.Identity == published;

    /// <summary>A fresh name in the pending folder.</summary>
    public override string NewFileLocation(OutputPath path)
        => Path.Combine(WorkDir, Interlocked.Increment(ref _pendingNames).ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Moves the new files into the mirror, exchanges it with the output folder, then brings the new mirror (the
    /// previous site) up to date with the same changes.
    /// </summary>
    public override IReadOnlyList<string> Commit(ClaimedFiles files)
    {
        var (siteFiles, removed) = Files(files);
        FileSystemFailure.Guard(_mirror.Dir, () =>
        {
            _mirror.Invalidate();

            // Removals first, in both trees: a file that is gone may be where a new file's folder goes (and the reverse).
            SiteMirror.RemoveFiles(_mirror.Dir, removed);
            foreach (var (path, pending) in files.Written)
            {
                var target = Path.Combine(_mirror.Dir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(pending, target, overwrite: true);
            }
        });

        Publish(() => FolderSwap.Exchange(OutputDir, _mirror.Dir), () =>
        {
            Directory.SetLastWriteTimeUtc(OutputDir, DateTime.UtcNow); // the build state knows the folder by this time
            Directory.Delete(WorkDir);
            SiteMirror.RemoveFiles(_mirror.Dir, removed);
            SiteMirror.LinkFrom(OutputDir, _mirror.Dir, files.Written.Keys);
            _mirror.MarkReady();
        });
        return siteFiles;
    }

    /// <summary>Releases the mirror folder, then discards the pending folder unless the build was committed.</summary>
    public override void Dispose()
    {
        _mirrorFolder.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// The files of the site this build makes, in ordinal order, and the previous files it no longer has. A file
    /// reused is always a previous one (the state records only files a build committed), and each file claimed
    /// otherwise was looked up there (<see cref="Claimed"/>), so when the counts add up nothing was removed and the
    /// previous list is merged with the new files, without sorting the site.
    /// </summary>
    private (IReadOnlyList<string> Files, List<string> Removed) Files(ClaimedFiles files)
    {
        var fresh = _fresh.ToArray();
        Array.Sort(fresh, StringComparer.Ordinal);
        if (files.Count - fresh.Length == _previousFiles.Count)
        {
            return (SortedPaths.Merge(_previousFiles, fresh), []);
        }

        var claimed = files.ToSet();
        return (SortedPaths.Of(claimed), [.. _previousFiles.Where(f => !claimed.Contains(f))]);
    }
}
