namespace BriefGen.FaultTests.Infrastructure;

/// <summary>The operating system's words for each failure, which a BG4nnn diagnostic must carry.</summary>
internal static class OsWords
{
    /// <summary>ENOSPC (disk full, also inodes).</summary>
    public const string NoSpace = "No space left on device";

    /// <summary>EACCES: strerror's "Permission denied", or .NET's "Access to the path … is denied".</summary>
    public const string Denied = "denied";

    /// <summary>EROFS.</summary>
    public const string ReadOnly = "Read-only file system";

    /// <summary>EMFILE.</summary>
    public const string TooManyOpenFiles = "Too many open files";
}
