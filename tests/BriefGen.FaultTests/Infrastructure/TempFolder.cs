namespace BriefGen.FaultTests.Infrastructure;

/// <summary>
/// A fresh folder under the system temp folder, open to every user (the permission tests build as <c>nobody</c>);
/// disposing it unmounts what was mounted inside and deletes it.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        var parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "briefgen-faults");
        Directory.CreateDirectory(parent);
        Path = System.IO.Path.Combine(parent, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(parent, (UnixFileMode)0b111_111_111 | UnixFileMode.StickyBit);
            File.SetUnixFileMode(Path, (UnixFileMode)0b111_101_101);
        }
    }

    public string Path { get; }

    /// <summary><see cref="Path"/> joined with <paramref name="parts"/>.</summary>
    public string this[params string[] parts] => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        Mounts.UnmountAllUnder(Path);
        if (Directory.Exists(Path))
        {
            ProcessRunner.Run(["chmod", "-R", "u+rwX", Path], "/");
            Directory.Delete(Path, recursive: true);
        }
    }
}
