namespace BriefGen.Output;

/// <summary>
/// Which file or folder a path names, whatever it is called now: its device, inode and birth time (0 where the file
/// system keeps none). A rename keeps it; a folder deleted and made again under the same name gets another one, even
/// when the inode number is reused, because its birth time differs.
/// </summary>
/// <param name="Device">The device the file lives on.</param>
/// <param name="Inode">The inode number on that device.</param>
/// <param name="BirthTicks">When the inode was made (UTC ticks), or 0 when unknown.</param>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, long BirthTicks)
{
    /// <summary>
    /// The identity of what <paramref name="path"/> names, not following a final symbolic link; null when nothing is
    /// there. Without <c>statx</c> (not Linux) a folder is known by its creation time alone, which is weaker but still
    /// tells a folder made again apart.
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

        return new FileIdentity(0, 0, File.GetCreationTimeUtc(path).Ticks);
    }
}
