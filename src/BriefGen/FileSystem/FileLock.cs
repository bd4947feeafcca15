using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BriefGen.FileSystem;

/// <summary>
/// An exclusive advisory lock on an open file, taken with <c>flock</c> on Unix. .NET takes the same lock itself for a
/// file opened with <see cref="FileShare.None"/>, but not in a process that sets the runtime switch
/// <c>System.IO.DisableFileLocking</c> (the CLI does: it saves two or three system calls on every file a build opens).
/// Taking it here too means that a process with the switch and one without it (an older build, the MSBuild task)
/// still exclude each other. On Windows the share mode the file was opened with is the lock.
/// </summary>
internal static class FileLock
{
    private const int Exclusive = 2; // LOCK_EX
    private const int NonBlocking = 4; // LOCK_NB

    /// <summary>EWOULDBLOCK: 11 on Linux, 35 on macOS and the BSDs.</summary>
    private static readonly int HeldElsewhere = OperatingSystem.IsLinux() ? 11 : 35;

    /// <summary>
    /// Takes the exclusive lock of <paramref name="file"/> without waiting. False only when another open file holds
    /// it; true when it is taken, or when there is no such lock here (Windows, or a file system without
    /// <c>flock</c>, where .NET also goes without).
    /// </summary>
    public static bool TryTakeExclusive(SafeFileHandle file)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            return flock(file, Exclusive | NonBlocking) == 0 || Marshal.GetLastPInvokeError() != HeldElsewhere;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need AllowUnsafeBlocks for the handle's marshalling; a call or two per build.
    private static extern int flock(SafeFileHandle fd, int operation);
#pragma warning restore SYSLIB1054
}
