namespace BriefGen.FileSystem;

/// <summary>
/// Which file a path names, whatever it is called: its device and inode. The two names of a hard link share it, so it
/// tells whether the mirror still holds the very file that is published.
/// </summary>
/// <param name="Device">The device the file lives on.</param>
/// <param name="Inode">The inode number on that device.</param>
internal readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    /// <summary>
    /// The identity of what <paramref name="path"/> names, not following a final symbolic link; null when nothing is
    /// there. Without <c>statx</c> (not Linux) a file is known by its creation time, which is weaker but still tells a
    /// file replaced by hand apart.
    /// </summary>
    public static FileIdentity? Of(string path)
    {
        if (Statx.TryGet(null, string.Empty, path, out var buffer))
        {
            return buffer.Identity;
        }

        if (Statx.IsAvailable || !Path.Exists(path))
        {
            return null;
        }

        return new FileIdentity(0, (ulong)File.GetCreationTimeUtc(path).Ticks);
    }
}
