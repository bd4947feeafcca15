using System.Collections.Concurrent;
using BriefGen.FileSystem;

namespace BriefGen.Output;

/// <summary>
/// The commit of a first build, or of one with no trusted <see cref="SiteMirror"/>: every file goes into a fresh
/// staging tree beside the output folder — a file whose bytes equal the previous build's as a hard link to it — which
/// is swapped in on <see cref="Commit"/>. The previous site is then deleted, or turned into the mirror when there is
/// one: that costs only the files that changed.
/// </summary>
internal sealed class StagingCommit : CommitStrategy
{
    private readonly SiteMirror? _mirror;
    private readonly ConcurrentDictionary<string, byte> _createdDirs = new(StringComparer.Ordinal);

    /// <summary>Creates the staging tree for <paramref name="outputDir"/>, which will become <paramref name="mirror"/> (null: none) once replaced.</summary>
    public StagingCommit(string outputDir, SiteMirror? mirror)
        : base(outputDir, outputDir + OutputRecovery.StagingInfix + OutputRecovery.NewSuffix())
    {
        _mirror = mirror;

        // A mirror this build does not write through no longer mirrors the folder it makes: e.g. the folder was
        // deleted and this is a full build. Trusted later, it would swap the old tree's files back in.
        FileSystemFailure.Guard(mirror?.Dir ?? outputDir, () => mirror?.Invalidate());
        CreateWorkDir();
    }

    /// <summary>Links the previous build's file into the staging tree; false where hard links are not possible.</summary>
    public override bool TryKeep(OutputPath path, FileIdentity published)
        => HardLink.TryCreate(Path.Combine(OutputDir, path.Value), StagingPath(path));

    /// <summary>The file's place in the staging tree.</summary>
    public override string NewFileLocation(OutputPath path) => StagingPath(path);

    /// <summary>
    /// Publishes the staging tree: one atomic exchange with the previous site (or one rename when there is none). The
    /// previous site, then at the staging tree's name, becomes the mirror or is removed.
    /// </summary>
    public override IReadOnlyList<string> Commit(ClaimedFiles files)
    {
        var claimed = files.ToSet();
        if (!Directory.Exists(OutputDir))
        {
            Publish(() => FileSystemFailure.Guard(OutputDir, () => Directory.Move(WorkDir, OutputDir)));
        }
        else
        {
            Publish(() => FolderSwap.Exchange(OutputDir, WorkDir), () =>
            {
                if (_mirror is null || !TryAdopt(_mirror, claimed, files.Written.Keys))
                {
                    TreeRemover.DeleteRetrying(WorkDir);
                }
            });
        }

        return SortedPaths.Of(claimed);
    }

    /// <summary>Turns the previous output folder into the mirror; false when it cannot be (then it is deleted).</summary>
    private bool TryAdopt(SiteMirror mirror, HashSet<string> files, IEnumerable<string> written)
    {
        try
        {
            mirror.Discard();
            SiteMirror.Adopt(WorkDir, OutputDir, files, written);
            Directory.Move(WorkDir, mirror.Dir);
            mirror.MarkReady();
            return true;
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            return false; // e.g. the state folder is on another file system: builds stage a full tree, as without a mirror
        }
    }

    /// <summary>The place of <paramref name="path"/> in the staging tree, whose folder is created once.</summary>
    private string StagingPath(OutputPath path)
    {
        var target = Path.Combine(WorkDir, path.Value);

        // The folder is in the cache only once it exists: a thread that finds it there may write at once, and
        // threads that race to add it each create it (creating an existing folder is harmless).
        _createdDirs.GetOrAdd(Path.GetDirectoryName(target)!, dir =>
        {
            FileSystemFailure.Guard(dir, () => Directory.CreateDirectory(dir));
            return 0;
        });
        return target;
    }
}
