using BriefGen.FileSystem;

namespace BriefGen.Output;

/// <summary>
/// Where a <see cref="FileSystemSiteWriter"/> puts the files of a build until the commit, and how the commit publishes
/// them: through a fresh staging tree (<see cref="StagingCommit"/>) or through the mirror (<see cref="MirrorCommit"/>).
/// Each has one work folder of its own, created fresh (so nothing in it is a link to follow) and removed unless the
/// commit published it. Everything that can fail happens before the one swap that publishes the new site, and a
/// failure there leaves the output folder as it was; what fails after it is only tidying (<see cref="AfterCommitFailure"/>).
/// </summary>
internal abstract class CommitStrategy : IDisposable
{
    private bool _published;

    /// <summary>A commit of <paramref name="outputDir"/> through the work folder <paramref name="workDir"/>, not yet created.</summary>
    protected CommitStrategy(string outputDir, string workDir)
    {
        OutputDir = outputDir;
        WorkDir = workDir;
    }

    /// <summary>
    /// What failed after the new site was published: the site is whole, the next build stages a full tree; null when
    /// nothing did.
    /// </summary>
    public FileSystemFailure? AfterCommitFailure { get; private set; }

    /// <summary>The output folder (a full path).</summary>
    protected string OutputDir { get; }

    /// <summary>The staging tree or the pending folder: this build's files until the commit.</summary>
    protected string WorkDir { get; }

    /// <summary><paramref name="path"/> was claimed for a file written (not for one reused, always a previous file), before it is kept or written.</summary>
    public virtual void Claimed(string path)
    {
    }

    /// <summary>
    /// Keeps the previous build's file at <paramref name="path"/>, whose identity is <paramref name="published"/>, in
    /// the site this build makes; false when it cannot be (then the file is written anew).
    /// </summary>
    public abstract bool TryKeep(OutputPath path, FileIdentity published);

    /// <summary>Where the new bytes of <paramref name="path"/> are written (a place of the work folder, whose folders exist).</summary>
    public abstract string NewFileLocation(OutputPath path);

    /// <summary>Publishes the site made of <paramref name="files"/>; returns the sorted paths of all its files.</summary>
    public abstract IReadOnlyList<string> Commit(ClaimedFiles files);

    /// <summary>
    /// Discards the work folder unless the build was committed; one that cannot be removed now is removed by the next
    /// build (<see cref="OutputRecovery"/>).
    /// </summary>
    public virtual void Dispose()
    {
        try
        {
            if (!_published && Directory.Exists(WorkDir))
            {
                TreeRemover.DeleteRetrying(WorkDir);
            }
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            // the build already failed, or is being abandoned: its debris waits for the next one
        }
    }

    /// <summary>Creates the work folder: the last step of a strategy's construction.</summary>
    protected void CreateWorkDir() => FileSystemFailure.Guard(WorkDir, () => Directory.CreateDirectory(WorkDir));

    /// <summary>
    /// Publishes the new site by <paramref name="swap"/> (a failure there is thrown, and the output folder is as it
    /// was), then runs <paramref name="tidy"/>, whose failure is kept in <see cref="AfterCommitFailure"/>, never thrown.
    /// </summary>
    protected void Publish(Action swap, Action? tidy = null)
    {
        swap();
        _published = true;
        try
        {
            tidy?.Invoke();
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystemError(e))
        {
            AfterCommitFailure = FileSystemFailure.From(e, WorkDir);
        }
    }
}
