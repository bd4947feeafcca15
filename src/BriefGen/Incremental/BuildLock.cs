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
    /// Takes the lock of the build state <paramref name="stateFile"/>, waiting while another build holds it; null when
    /// it is still held after <paramref name="timeout"/>.
    /// </summary>
    public static BuildLock? Acquire(string stateFile, TimeSpan timeout)
    {
        var path = stateFile + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Poll); // held by another build (the only IOException opening an existing, writable file gives)
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();
}
