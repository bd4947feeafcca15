namespace BriefGen.Incremental;

/// <summary>
/// Serialises builds of one output folder: a build holds an exclusive lock on a file beside its state from before it
/// loads the state until it has saved the new one, so two builds never write the same mirror, state or swap at
/// once (a second <c>dotnet build</c>, a watcher and a manual build). The operating system releases the lock when a
/// process dies, so a crashed build never leaves the folder locked; the lock file itself stays.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _file;

    private BuildLock(FileStream file) => _file = file;

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
                try
                {
                    held = new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                    return true;
                }
                catch (IOException e) when (IsHeldElsewhere(e))
                {
                    if (DateTime.UtcNow >= deadline)
                    {
                        return false;
                    }

                    Thread.Sleep(Poll);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>
    /// The lock is another process's: EWOULDBLOCK from <c>flock</c> on Unix, a sharing or lock violation on Windows.
    /// Any other failure (a missing or read-only folder, a full disk) is not worth waiting for.
    /// </summary>
    private static bool IsHeldElsewhere(IOException e)
        => e.GetType() == typeof(IOException) && (e.HResult & 0xFFFF) is 11 or 32 or 33;

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();
}
