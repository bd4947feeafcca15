using System.Runtime.InteropServices;

namespace BriefGen.FileSystem;

/// <summary>Creates hard links where the platform has them (.NET has no managed API for it).</summary>
internal static partial class HardLink
{
    /// <summary>
    /// Links <paramref name="target"/> to the existing file <paramref name="existing"/>. False when links are not
    /// possible there — no such call, another file system, one that has no hard links, or a file with too many — and
    /// the caller writes a copy instead. A full disk, a denied permission or any other error is a
    /// <see cref="FileSystemFailure"/>: writing a copy would only hide it.
    /// </summary>
    public static bool TryCreate(string existing, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            if (link(existing, target) == 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        var failure = FileSystemFailure.FromLastError(target);
        return failure.Errno is Unsupported.CrossDevice or Unsupported.NotPermitted or Unsupported.TooManyLinks or Unsupported.NotSupported ? false : throw failure;
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need AllowUnsafeBlocks for string marshalling; this one call is not hot.
    private static extern int link(string oldpath, string newpath);
#pragma warning restore SYSLIB1054

    /// <summary>The Linux error numbers that mean "no hard link here", not "something went wrong".</summary>
    private static class Unsupported
    {
        public const int NotPermitted = 1; // EPERM: the file system does not allow hard links
        public const int CrossDevice = 18; // EXDEV
        public const int TooManyLinks = 31; // EMLINK
        public const int NotSupported = 95; // EOPNOTSUPP
    }
}
