namespace BriefGen.FileSystem;

/// <summary>
/// Deletes a whole tree with one worker per core: on some disks each unlink costs a tenth of a millisecond, and
/// the previous site of 10,000 briefs holds ~28,000 files. The work is split by the folders two levels down
/// (<c>briefs/&lt;slug&gt;/</c>, <c>topics/&lt;slug&gt;/</c>…), where a site's files spread out.
/// </summary>
internal static class TreeRemover
{
    private const UnixFileMode OwnerAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Deletes <paramref name="root"/> and everything in it (a tree of BriefGen's own: a previous site or a staging
    /// tree). A folder made read-only by hand (<c>chmod 555</c>) is made writable again for its owner first, once.
    /// </summary>
    public static void Delete(string root)
    {
        try
        {
            DeleteTree(root);
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(root))
        {
            MakeWritable(root);
            DeleteTree(root);
        }
    }

    /// <summary>
    /// Deletes <paramref name="root"/> like <see cref="Delete"/>, trying again up to <paramref name="attempts"/> times in
    /// all (a passing shortage of file descriptors); throws the last failure when the tree is still there.
    /// </summary>
    public static void DeleteRetrying(string root, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Delete(root);
                return;
            }
            catch (Exception e) when (FileSystemFailure.IsFileSystemError(e) && attempt < attempts && Directory.Exists(root))
            {
                // once more
            }
        }
    }

    private static void MakeWritable(string root)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // read-only there is an attribute .NET's delete clears itself
        }

        foreach (var dir in new DirectoryInfo(root).EnumerateDirectories("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Prepend(new DirectoryInfo(root)))
        {
            dir.UnixFileMode |= OwnerAll;
        }
    }

    private static void DeleteTree(string root)
    {
        var second = new List<string>();
        foreach (var first in Directory.EnumerateDirectories(root))
        {
            second.AddRange(Directory.EnumerateDirectories(first));
        }

        Parallel.ForEach(second, dir => Directory.Delete(dir, recursive: true));
        Directory.Delete(root, recursive: true);
    }
}
