using BriefGen.FileSystem;
using BriefGen.Reading;

namespace BriefGen.Reading;

/// <summary>
/// What a seed and its sidecar looked like on disk (length and modification time of each, as <c>make</c> and
/// git's index compare them): a seed whose stamp is unchanged since the previous build is taken from the seed cache
/// instead of being read and parsed again.
/// </summary>
/// <param name="Length">The seed's length in bytes.</param>
/// <param name="WriteTicks">The seed's last write time, UTC ticks.</param>
/// <param name="SidecarLength">The sidecar's length, or -1 when the seed has none.</param>
/// <param name="SidecarWriteTicks">The sidecar's last write time, or 0.</param>
internal readonly record struct SeedStamp(long Length, long WriteTicks, long SidecarLength, long SidecarWriteTicks)
{
    /// <summary>
    /// Files changed this recently are not cached: a file system keeps times in coarse steps (milliseconds, or two
    /// seconds on FAT), so an edit right after the stamp was taken could keep both length and time ("racy git").
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The stamp of <paramref name="file"/>, before it is read: as the folder listing saw it, else taken now; null
    /// when it cannot be trusted: missing, a symbolic link (its target can change without the link's time changing) or
    /// changed within the racy window.
    /// </summary>
    public static SeedStamp? Of(SeedFile file, DateTime nowUtc)
    {
        if (file.Listed is { } listed)
        {
            return IsSettled(listed.WriteTicks, nowUtc) && (listed.SidecarLength < 0 || IsSettled(listed.SidecarWriteTicks, nowUtc)) ? listed : null;
        }

        if (Stat(file.FullPath, nowUtc) is not { } seed)
        {
            return null;
        }

        if (file.SidecarPath is null)
        {
            return new SeedStamp(seed.Length, seed.WriteTicks, -1, 0);
        }

        return Stat(file.SidecarPath, nowUtc) is { } sidecar ? new SeedStamp(seed.Length, seed.WriteTicks, sidecar.Length, sidecar.WriteTicks) : null;
    }

    /// <summary>The stamp of a seed without a sidecar from its folder listing; null for a symbolic link (no stamp).</summary>
    public static SeedStamp? Listed(FileStamp? seed) => seed is { } s ? new SeedStamp(s.Length, s.WriteTicks, -1, 0) : null;

    /// <summary>The stamp of a seed and its sidecar from their folder listing; null when either is a symbolic link.</summary>
    public static SeedStamp? Listed(FileStamp? seed, FileStamp? sidecar)
        => seed is { } s && sidecar is { } c ? new SeedStamp(s.Length, s.WriteTicks, c.Length, c.WriteTicks) : null;

    private static FileStamp? Stat(string path, DateTime nowUtc)
        => FileStamp.Of(path) is { } stamp && IsSettled(stamp.WriteTicks, nowUtc) ? stamp : null;

    private static bool IsSettled(long writeTicks, DateTime nowUtc) => nowUtc.Ticks - writeTicks > RacyWindow.Ticks;
}
