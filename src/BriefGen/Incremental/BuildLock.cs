using BriefGen.FileSystem;
using Microsoft.Win32.SafeHandles;

namespace BriefGen.Incremental;

/// <summary>
/// Serialises builds of one output folder: a build holds an exclusive lock on a file beside its state from before it
/// loads the state until it has saved the new one, so two builds never write the same mirror, state or swap at
/// once (a second <c>dotnet build</c>, a watcher and a manual build). The operating system releases the lock when a
/// process dies, so a crashed build never leaves the folder locked; the lock file itself stays. The lock is the file's
/// share mode (<see cref="FileShare.None"/>) and, on Unix, its <c>flock</c> taken explicitly (<see cref="FileLock"/>),
/// so it holds whether or not the process has turned .NET's own file locking off.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly SafeFileHandle _file;

    private BuildLock(SafeFileHandle file) => _file = file;

    /// <summary>How long a build waits for another build of the same folder before it gives up (BG4007).</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Takes the lock of the build state <paramref name="stateFile"/>, waiting while another build holds it. False when
    /// it is still held after <paramref name="timeout"/>. True with a null <paramref name="held"/> when no lock can be
    /// made there at all (say, a read-only state folder): the build runs unlocked, as saving its state will warn.
    /// </summary>
    public static bool TryAcquire(string stateFile, TimeSpan timeout, out BuildLock? held)
    {
        var path = stateFile + ".lock";
        var deadline = DateTime.UtcNow + timeout;
        held = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            while (true)
            {
                if (TryTake(path) is { } taken)
                {
                    held = taken;
                    return true;
                }

                if (DateTime.UtcNow >= deadline)
                {
                    return false;
                }

                Thread.Sleep(Poll);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The lock on <paramref name="path"/>, or null while another build holds it.</summary>
    private static BuildLock? TryTake(string path)
    {
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }

        if (FileLock.TryTakeExclusive(file))
        {
            return new BuildLock(file);
        }

        file.Dispose();
        return null;
    }

    /// <summary>
    /// The lock is another process's, as .NET reports it when it takes the lock itself: EWOULDBLOCK from its
    /// <c>flock</c> on Unix, a sharing or lock violation on Windows. Any other failure (a missing or read-only folder,
    /// a full disk) is not worth waiting for.
    /// </summary>
    private static bool IsHeldElsewhere(IOException e)
        => e.GetType() == typeof(IOException) && (e.HResult & 0xFFFF) is 11 or 32 or 33;

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();
}
