using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace BriefGen.Output;

/// <summary>A file's length and modification time (UTC ticks): enough to notice that a kept file was changed since.</summary>
/// <param name="Length">The length in bytes.</param>
/// <param name="WriteTicks">The last write time, UTC, in ticks.</param>
public readonly partial record struct FileStamp(long Length, long WriteTicks)
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int OpenPathOnly = 0x200000; // O_PATH: the same on every Linux architecture .NET runs on
    private const int OpenCloseOnExec = 0x80000; // O_CLOEXEC: likewise
    private const uint StatxType = 0x1;
    private const uint StatxMtime = 0x40;
    private const uint StatxSize = 0x200;
    private const ushort FileTypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;
    private const ushort Directory = 0x4000;
    private const ushort SymbolicLink = 0xA000;

    private static bool s_noStatx;

    /// <summary>
    /// The stamp of the regular file at <paramref name="path"/>; null when there is none (missing, a folder or a
    /// symbolic link, which is not followed). An incremental build asks this of every file it keeps, so on Linux it
    /// is one <c>statx</c> call, without the <see cref="FileInfo"/> object and the second system call that reading
    /// its attributes costs there.
    /// </summary>
    internal static FileStamp? Of(string path) => Probe(null, string.Empty, path, out var stamp) == PathKind.File ? stamp : null;

    /// <summary>
    /// What is at <paramref name="relativePath"/> below a folder, not following a symbolic link, and a regular file's
    /// stamp: through the folder's open handle when there is one (<see cref="OpenFolder"/>), so the kernel walks only
    /// the part of the path below it, else by the full path (<paramref name="folder"/>, empty or ending in a
    /// separator, then <paramref name="relativePath"/>). Listing a folder of seeds asks this of every entry, from
    /// several threads.
    /// </summary>
    internal static PathKind Probe(SafeFileHandle? handle, string folder, string relativePath, out FileStamp? stamp)
    {
        stamp = null;
        if (OperatingSystem.IsLinux() && !s_noStatx)
        {
            var within = handle is null ? folder : string.Empty;
            var max = NameBytes(within, relativePath);
            Span<byte> name = max <= 1024 ? stackalloc byte[max] : new byte[max];
            WriteName(within, relativePath, name);
            if (TryStatx(handle, name, out var buffer))
            {
                switch (buffer.Mode & FileTypeMask)
                {
                    case RegularFile:
                        stamp = buffer.Stamp;
                        return PathKind.File;
                    case Directory:
                        return PathKind.Folder;
                    case SymbolicLink:
                        return PathKind.Link;
                    default:
                        return PathKind.Other;
                }
            }
        }

        var info = new FileInfo(folder + relativePath);
        if ((int)info.Attributes == -1)
        {
            return PathKind.Missing; // .NET's answer for a path that names nothing
        }

        if (info.IsLink())
        {
            return PathKind.Link;
        }

        if (info.Attributes.HasFlag(FileAttributes.Directory))
        {
            return PathKind.Folder;
        }

        stamp = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        return PathKind.File;
    }

    /// <summary>A descriptor of <paramref name="folder"/> to look up paths below it (Linux's <c>O_PATH</c>), or null.</summary>
    internal static SafeFileHandle? OpenPath(string folder)
    {
        if (!OperatingSystem.IsLinux() || s_noStatx)
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

    /// <summary>False when <c>statx</c> itself is unavailable or failed (e.g. nothing is there); the caller then asks .NET.</summary>
    private static bool TryStatx(SafeFileHandle? folder, Span<byte> name, out StatxBuffer buffer)
    {
        var added = false;
        try
        {
            folder?.DangerousAddRef(ref added);
            var dirfd = folder is null ? AtCurrentDirectory : (int)folder.DangerousGetHandle();
            return statx(dirfd, ref MemoryMarshal.GetReference(name), AtSymlinkNoFollow, StatxType | StatxSize | StatxMtime, out buffer) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_noStatx = true; // a C library without statx (glibc before 2.28): ask .NET from now on
            buffer = default;
            return false;
        }
        finally
        {
            if (added)
            {
                folder!.DangerousRelease();
            }
        }
    }

    [DllImport("libc")]
#pragma warning disable SYSLIB1054 // blittable arguments: no marshalling to generate, and no AllowUnsafeBlocks needed
    private static extern int statx(int dirfd, ref byte path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport("libc")]
    private static extern int open(ref byte path, int flags);
#pragma warning restore SYSLIB1054

    /// <summary>The fields read of Linux's <c>struct statx</c>, whose layout is the same on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long MtimeSeconds;

        [FieldOffset(120)]
        public uint MtimeNanoseconds;

        /// <summary>As .NET converts times: whole seconds since 1970, plus the nanoseconds in 100 ns ticks.</summary>
        public readonly FileStamp Stamp => new((long)Size, DateTime.UnixEpoch.Ticks + (MtimeSeconds * TimeSpan.TicksPerSecond) + (MtimeNanoseconds / 100));
    }
}
