namespace BriefGen.FileSystem;

/// <summary>Tells symbolic links from files without the extra system call <see cref="FileSystemInfo.LinkTarget"/> makes.</summary>
internal static class SymbolicLinks
{
    /// <summary>Whether the entry itself is a symbolic link (or another reparse point), from the attributes already read.</summary>
    public static bool IsLink(this FileSystemInfo info) => info.Attributes.HasFlag(FileAttributes.ReparsePoint);
}
