using Microsoft.Win32.SafeHandles;

namespace BriefGen.FileSystem;

/// <summary>A file's length and modification time (UTC ticks): enough to notice that a kept file was changed since.</summary>
/// <param name="Length">The length in bytes.</param>
/// <param name="WriteTicks">The last write time, UTC, in ticks.</param>
internal readonly record struct FileStamp(long Length, long WriteTicks)
{
    /// <summary>
    /// The stamp of the regular file at <paramref name="path"/>; null when there is none (missing, a folder or a
    /// symbolic link, which is not followed). An incremental build asks this of every file it keeps, so on Linux it
    /// is one <c>statx</c> call, without the <see cref="FileInfo"/> object and the second system call that reading
    /// its attributes costs there.
    /// </summary>
    internal static FileStamp? Of(string path) => Probe(null, string.Empty, path, out var stamp) == PathKind.File ? stamp : null;

    /// <summary>
    /// What is at <paramref name="relativePath"/> below a folder, not following a symbolic link, and a regular file's
    /// stamp: through the folder's open handle when there is one (<see cref="OpenFolder"/>), so the kernel walks only
    /// the part of the path below it, else by the full path (<paramref name="folder"/>, empty or ending in a
    /// separator, then <paramref name="relativePath"/>). Listing a folder of seeds asks this of every entry, from
    /// several threads.
    /// </summary>
    internal static PathKind Probe(SafeFileHandle? handle, string folder, string relativePath, out FileStamp? stamp)
    {
        stamp = null;
        if (Statx.TryGet(handle, folder, relativePath, out var buffer))
        {
            var kind = buffer.Kind;
            stamp = kind == PathKind.File ? buffer.Stamp : null;
            return kind;
        }

        var info = new FileInfo(folder + relativePath);
        if ((int)info.Attributes == -1)
        {
            return PathKind.Missing; // .NET's answer for a path that names nothing
        }

        if (info.IsLink())
        {
            return PathKind.Link;
        }

        if (info.Attributes.HasFlag(FileAttributes.Directory))
        {
            return PathKind.Folder;
        }

        stamp = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        return PathKind.File;
    }
}
