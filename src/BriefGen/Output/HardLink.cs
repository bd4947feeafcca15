using System.Runtime.InteropServices;

namespace BriefGen.Output;

/// <summary>Creates hard links where the platform has them (.NET has no managed API for it); a failure is not an error, the caller writes instead.</summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="target"/> to the existing file <paramref name="existing"/>; false when that is not possible.</summary>
    public static bool TryCreate(string existing, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return link(existing, target) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need AllowUnsafeBlocks for string marshalling; this one call is not hot.
    private static extern int link(string oldpath, string newpath);
#pragma warning restore SYSLIB1054
}
