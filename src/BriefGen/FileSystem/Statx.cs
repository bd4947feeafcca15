using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace BriefGen.FileSystem;

/// <summary>
/// Linux's <c>statx</c> and <c>open(O_PATH)</c>: what a path names, its size, time and identity in one system call,
/// not following a final symbolic link. Unavailable (not Linux, or a C library without <c>statx</c>): callers fall
/// back to .NET's file APIs.
/// </summary>
internal static class Statx
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int OpenPathOnly = 0x200000; // O_PATH: the same on every Linux architecture .NET runs on
    private const int OpenCloseOnExec = 0x80000; // O_CLOEXEC: likewise

    /// <summary>The fields asked for: type, size, modification time and inode.</summary>
    private const uint Mask = 0x1 | 0x200 | 0x40 | 0x100;

    /// <summary>Whether <c>statx</c> may be asked at all: Linux, with a C library that has it (glibc 2.28 or later).</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Exists();

    /// <summary>Whether the C library has <c>statx</c>: one call, once per process (without it, .NET is asked instead).</summary>
    private static bool Exists()
    {
        try
        {
            Span<byte> name = [(byte)'.', 0];
            _ = statx(AtCurrentDirectory, ref MemoryMarshal.GetReference(name), AtSymlinkNoFollow, Mask, out _);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Looks up <paramref name="relativePath"/> below the folder <paramref name="handle"/> (or, without one, the path
    /// <paramref name="folder"/> + <paramref name="relativePath"/>); false when <c>statx</c> is unavailable or failed
    /// (e.g. nothing is there), and the caller asks .NET instead.
    /// </summary>
    public static bool TryGet(SafeFileHandle? handle, string folder, string relativePath, out StatxBuffer buffer)
    {
        buffer = default;
        if (!IsAvailable)
        {
            return false;
        }

        var within = handle is null ? folder : string.Empty;
        var max = NameBytes(within, relativePath);
        Span<byte> name = max <= 1024 ? stackalloc byte[max] : new byte[max];
        WriteName(within, relativePath, name);
        var added = false;
        try
        {
            handle?.DangerousAddRef(ref added);
            var dirfd = handle is null ? AtCurrentDirectory : (int)handle.DangerousGetHandle();
            return statx(dirfd, ref MemoryMarshal.GetReference(name), AtSymlinkNoFollow, Mask, out buffer) == 0;
        }
        finally
        {
            if (added)
            {
                handle!.DangerousRelease();
            }
        }
    }

    /// <summary>A descriptor of <paramref name="folder"/> to look up paths below it (Linux's <c>O_PATH</c>), or null.</summary>
    public static SafeFileHandle? OpenPath(string folder)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var max = NameBytes(folder, string.Empty);
        Span<byte> name = max <= 1024 ? stackalloc byte[max] : new byte[max];
        WriteName(folder, string.Empty, name);
        try
        {
            var fd = open(ref MemoryMarshal.GetReference(name), OpenPathOnly | OpenCloseOnExec);
            return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The most bytes <see cref="WriteName"/> writes for the path <paramref name="first"/> + <paramref name="second"/>.</summary>
    private static int NameBytes(string first, string second) => Encoding.UTF8.GetMaxByteCount(first.Length + second.Length) + 1;

    /// <summary>The path <paramref name="first"/> + <paramref name="second"/> as the C library takes it: UTF-8, ending in a NUL.</summary>
    private static void WriteName(string first, string second, Span<byte> name)
    {
        var length = Encoding.UTF8.GetBytes(first, name);
        name[length + Encoding.UTF8.GetBytes(second, name[length..])] = 0;
    }

    [DllImport("libc")]
#pragma warning disable SYSLIB1054 // blittable arguments: no marshalling to generate, and no AllowUnsafeBlocks needed
    private static extern int statx(int dirfd, ref byte path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport("libc")]
    private static extern int open(ref byte path, int flags);
#pragma warning restore SYSLIB1054
}

/// <summary>The fields read of Linux's <c>struct statx</c>, whose layout is the same on every architecture.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    private const ushort FileTypeMask = 0xF000;

    [FieldOffset(28)]
    public ushort Mode;

    [FieldOffset(32)]
    public ulong Inode;

    [FieldOffset(40)]
    public ulong Size;

    [FieldOffset(112)]
    public long MtimeSeconds;

    [FieldOffset(120)]
    public uint MtimeNanoseconds;

    [FieldOffset(136)]
    public uint DeviceMajor;

    [FieldOffset(140)]
    public uint DeviceMinor;

    /// <summary>What the path names.</summary>
    public readonly PathKind Kind => (Mode & FileTypeMask) switch
    {
        0x8000 => PathKind.File,
        0x4000 => PathKind.Folder,
        0xA000 => PathKind.Link,
        _ => PathKind.Other,
    };

    /// <summary>As .NET converts times: whole seconds since 1970, plus the nanoseconds in 100 ns ticks.</summary>
    public readonly FileStamp Stamp => new((long)Size, DateTime.UnixEpoch.Ticks + (MtimeSeconds * TimeSpan.TicksPerSecond) + (MtimeNanoseconds / 100));

    /// <summary>The device and inode: no other file has both.</summary>
    public readonly FileIdentity Identity => new(((ulong)DeviceMajor << 32) | DeviceMinor, Inode);
}
