using System.Runtime.InteropServices;

namespace BriefGen.Output;

/// <summary>
/// Exchanges two folders. On Linux one <c>renameat2(RENAME_EXCHANGE)</c> call does it atomically: a reader of the
/// output folder sees the old site or the new one, never neither. Elsewhere (or on file systems without it) it is
/// three renames, with an instant in which the output folder is missing.
/// </summary>
internal static partial class FolderSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps the folders <paramref name="a"/> and <paramref name="b"/> (same parent file system).</summary>
    public static void Exchange(string a, string b)
    {
        if (OperatingSystem.IsLinux() && TryExchange(a, b))
        {
            return;
        }

        var aside = a + ".swap-" + Guid.NewGuid().ToString("N")[..12];
        Directory.Move(a, aside);
        Directory.Move(b, a);
        Directory.Move(aside, b);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // as in HardLink: string marshalling without AllowUnsafeBlocks; one call per build.
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
#pragma warning restore SYSLIB1054
}
