using System.Runtime.InteropServices;

namespace BriefGen.FileSystem;

/// <summary>What kind of resource the operating system ran out of, or refused.</summary>
internal enum FailureCause
{
    /// <summary>Any other input or output error.</summary>
    Other,

    /// <summary>No space left on the device, or the user's quota is used up.</summary>
    DiskFull,

    /// <summary>Permission denied, an operation not permitted, or a read-only file system.</summary>
    Denied,

    /// <summary>Too many open files, in the process or the system.</summary>
    TooManyOpenFiles,
}

/// <summary>
/// A file-system operation that failed for a reason outside BriefGen — a full disk, a permission, a read-only file
/// system — with the path it was working on and the operating system's own words for it. The writer and the commit
/// raise it, so a build can report one located diagnostic per cause instead of an exception's text.
/// </summary>
internal sealed class FileSystemFailure : IOException
{
    private const int AccessDenied = 13; // EACCES

    private FileSystemFailure(string path, int errno, string words, Exception? inner)
        : base(words, inner)
    {
        FailedPath = path;
        Errno = errno;
        Words = words;
    }

    /// <summary>The full path of the file or folder the operation was working on.</summary>
    public string FailedPath { get; }

    /// <summary>The C library's error number (on Windows, the Win32 error code), or 0 when unknown.</summary>
    public int Errno { get; }

    /// <summary>The operating system's words for the error, e.g. "No space left on device".</summary>
    public string Words { get; }

    /// <summary>The kind of failure, which decides the diagnostic.</summary>
    public FailureCause Cause => OperatingSystem.IsWindows()
        ? Errno switch
        {
            39 or 112 => FailureCause.DiskFull, // ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
            5 or 19 => FailureCause.Denied, // ERROR_ACCESS_DENIED, ERROR_WRITE_PROTECT
            4 => FailureCause.TooManyOpenFiles, // ERROR_TOO_MANY_OPEN_FILES
            _ => FailureCause.Other,
        }
        : Errno switch
        {
            28 or 122 => FailureCause.DiskFull, // ENOSPC, EDQUOT (Linux)
            1 or 13 or 30 => FailureCause.Denied, // EPERM, EACCES, EROFS
            23 or 24 => FailureCause.TooManyOpenFiles, // ENFILE, EMFILE
            _ => FailureCause.Other,
        };

    /// <summary>The failure of the last platform call (P/Invoke with <c>SetLastError</c>) on <paramref name="path"/>.</summary>
    public static FileSystemFailure FromLastError(string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new FileSystemFailure(path, errno, Marshal.GetPInvokeErrorMessage(errno), null);
    }

    /// <summary>
    /// The failure behind <paramref name="e"/> on <paramref name="path"/> (null: the path .NET names in its message, else
    /// <paramref name="fallback"/>): .NET reports an errno as the <see cref="IOException"/>'s HResult on Unix, and a
    /// denied access as an <see cref="UnauthorizedAccessException"/> whose inner exception carries it.
    /// </summary>
    public static FileSystemFailure From(Exception e, string? path, string fallback = "")
    {
        if (e is FileSystemFailure known)
        {
            return known;
        }

        path ??= PathIn(e.Message) ?? fallback;

        var errno = e switch
        {
            UnauthorizedAccessException { InnerException: IOException inner } => Code(inner),
            UnauthorizedAccessException => AccessDenied,
            _ => Code(e),
        };
        var words = errno > 0 ? Marshal.GetPInvokeErrorMessage(errno) : e.Message;
        return new FileSystemFailure(path, errno, words, e);
    }

    /// <summary>Runs <paramref name="action"/> on <paramref name="path"/>, raising its input or output error as a <see cref="FileSystemFailure"/>.</summary>
    public static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw From(e, path);
        }
    }

    /// <summary>Whether <paramref name="e"/> is an input or output error of the file system (and so not a bug).</summary>
    public static bool IsFileSystemError(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The path .NET quotes in an I/O error's message ("No space left on device : '/a/b'"), or null.</summary>
    private static string? PathIn(string message)
    {
        var end = message.LastIndexOf('\'');
        var start = end > 0 ? message.LastIndexOf('\'', end - 1) : -1;
        return start >= 0 && end > start + 1 ? message[(start + 1)..end] : null;
    }

    private static int Code(Exception e) => OperatingSystem.IsWindows() ? e.HResult & 0xFFFF : e.HResult is > 0 and < 4096 ? e.HResult : 0;
}
