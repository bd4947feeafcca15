using Microsoft.Win32.SafeHandles;

namespace BriefGen.FileSystem;

/// <summary>
/// A folder whose entries are looked at many times in one build (the output folder's kept files, a seed folder's
/// entries): held open, so each look-up walks only the path below it instead of the whole path again. Where a folder
/// cannot be held open (not Linux), the full paths are used, with the same answers. Thread-safe.
/// </summary>
internal sealed class OpenFolder : IDisposable
{
    private readonly SafeFileHandle? _handle;
    private readonly string _prefix;

    private OpenFolder(string path)
    {
        _prefix = Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar;
        _handle = Statx.OpenPath(path);
    }

    /// <summary>Holds <paramref name="path"/> open (a link to a folder is followed here, as a full path's look-up would).</summary>
    public static OpenFolder Open(string path) => new(path);

    /// <summary>What is at <paramref name="relativePath"/> below the folder, not following a final symbolic link.</summary>
    public PathKind Probe(string relativePath, out FileStamp? stamp) => FileStamp.Probe(_handle, _prefix, relativePath, out stamp);

    /// <summary>The stamp of the regular file at <paramref name="relativePath"/>, or null (see <see cref="FileStamp.Of(string)"/>).</summary>
    public FileStamp? Stamp(string relativePath) => Probe(relativePath, out var stamp) == PathKind.File ? stamp : null;

    /// <summary>
    /// The stamp and identity of the regular file at <paramref name="relativePath"/>, or null when there is none: a
    /// hard link's two names have one identity, so this tells whether two trees still share a file.
    /// </summary>
    public (FileStamp Stamp, FileIdentity Identity)? File(string relativePath)
    {
        if (Statx.TryGet(_handle, _prefix, relativePath, out var buffer))
        {
            return buffer.Kind == PathKind.File ? (buffer.Stamp, buffer.Identity) : null;
        }

        return Stamp(relativePath) is { } stamp && FileIdentity.Of(_prefix + relativePath) is { } identity ? (stamp, identity) : null;
    }

    /// <summary>Whether the folder is held open (else full paths are used).</summary>
    internal bool IsHeld => _handle is not null;

    /// <inheritdoc/>
    public void Dispose() => _handle?.Dispose();
}
