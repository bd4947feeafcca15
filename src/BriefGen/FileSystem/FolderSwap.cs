using System.Runtime.InteropServices;

namespace BriefGen.FileSystem;

/// <summary>
/// Exchanges two folders. On Linux one <c>renameat2(RENAME_EXCHANGE)</c> call does it atomically: a reader of the
/// output folder sees the old site or the new one, never neither, and a build killed at any instant leaves one of
/// them in place. Only where the system or file system has no such call is it done in three renames, with an
/// instant in which the first folder is missing (the build puts it back after a kill, before anything else). A failure
/// is a <see cref="FileSystemFailure"/> and leaves both folders where they were.
/// </summary>
internal static partial class FolderSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const int NoSuchCall = 38; // ENOSYS
    private const int InvalidArgument = 22; // EINVAL: the file system does not support the flag
    private const int NotSupported = 95; // EOPNOTSUPP

    /// <summary>The infix of the name the three-rename fallback parks <c>a</c> under, beside it.</summary>
    public const string AsideInfix = ".swap-";

    /// <summary>Swaps the folders <paramref name="a"/> and <paramref name="b"/> (same file system).</summary>
    public static void Exchange(string a, string b)
    {
        if (OperatingSystem.IsLinux() && TryExchange(a, b))
        {
            return;
        }

        var aside = a + AsideInfix + Guid.NewGuid().ToString("N")[..12];
        FileSystemFailure.Guard(a, () => Directory.Move(a, aside));
        try
        {
            FileSystemFailure.Guard(b, () => Directory.Move(b, a));
        }
        catch (FileSystemFailure)
        {
            Directory.Move(aside, a);
            throw;
        }

        try
        {
            FileSystemFailure.Guard(aside, () => Directory.Move(aside, b));
        }
        catch (FileSystemFailure)
        {
            Directory.Move(a, b);
            Directory.Move(aside, a);
            throw;
        }
    }

    /// <summary>True when swapped; false when the call does not exist here; a real failure is thrown.</summary>
    private static bool TryExchange(string a, string b)
    {
        try
        {
            if (renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        var failure = FileSystemFailure.FromLastError(a);
        return failure.Errno is NoSuchCall or InvalidArgument or NotSupported ? false : throw failure;
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // as in HardLink: string marshalling without AllowUnsafeBlocks; one call per build.
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
#pragma warning restore SYSLIB1054
}
