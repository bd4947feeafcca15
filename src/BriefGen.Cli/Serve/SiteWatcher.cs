namespace BriefGen.Cli.Serve;

/// <summary>
/// Watches what a site is built from (<c>seeds/</c>, <c>pages/</c>, <c>templates/</c>, <c>static/</c>, the configuration file
/// and the theme folders the last build searched) and calls for one rebuild per burst of changes: an editor's save (often a write to a temporary file and a rename
/// over the original) is one rebuild, started once the folder has been quiet for <see cref="Quiet"/>. A change made
/// during a rebuild is built right after it.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>How long the site must stay unchanged before a rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private static readonly string[] WatchedFolders = ["seeds", "pages", "templates", "static"];

    private readonly FileSystemWatcher _watcher;
    private readonly string _siteDir;
    private readonly string _configFile;
    private readonly Timer _timer;
    private readonly Action _rebuild;
    private readonly Func<IReadOnlyList<string>> _themeFolders;
    private int _running;
    private int _pending;

    /// <summary>
    /// Watches <paramref name="siteDir"/>; <paramref name="configFile"/> is the configuration file (null: <c>briefgen.yml</c>)
    /// and <paramref name="themeFolders"/> gives the theme folders (full paths) of the latest build, which a change to
    /// the configuration can change.
    /// </summary>
    public SiteWatcher(string siteDir, string? configFile, Func<IReadOnlyList<string>> themeFolders, Action rebuild)
    {
        _themeFolders = themeFolders;
        _siteDir = Path.GetFullPath(siteDir);
        _configFile = Path.GetFullPath(configFile ?? Path.Combine(_siteDir, "briefgen.yml"));
        _rebuild = rebuild;
        _timer = new Timer(_ => Run());
        _watcher = new FileSystemWatcher(_siteDir)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Seen(e.FullPath);
        _watcher.Created += (_, e) => Seen(e.FullPath);
        _watcher.Deleted += (_, e) => Seen(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Seen(e.OldFullPath);
            Seen(e.FullPath);
        };
        _watcher.Error += (_, _) => Schedule(); // the buffer overflowed: something changed, build to be sure
        _watcher.EnableRaisingEvents = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void Seen(string path)
    {
        if (Watched(path))
        {
            Schedule();
        }
    }

    /// <summary>True for the configuration file and anything under the watched folders or a theme folder.</summary>
    private bool Watched(string path)
    {
        if (string.Equals(path, _configFile, StringComparison.Ordinal) || _themeFolders().Any(theme => IsUnder(path, theme)))
        {
            return true;
        }

        var relative = Path.GetRelativePath(_siteDir, path).Replace('\\', '/');
        return WatchedFolders.Any(f => relative == f || relative.StartsWith(f + "/", StringComparison.Ordinal));
    }

    private static bool IsUnder(string path, string folder)
        => path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void Schedule() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    private void Run()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            Interlocked.Exchange(ref _pending, 1); // building now: build once more when it ends
            return;
        }

        try
        {
            do
            {
                Interlocked.Exchange(ref _pending, 0);
                _rebuild();
            }
            while (Interlocked.Exchange(ref _pending, 0) == 1);
        }
        finally
        {
            Interlocked.Exchange(ref _running, 0);
        }

        if (Volatile.Read(ref _pending) == 1)
        {
            Schedule(); // a change arrived as the last rebuild was ending
        }
    }
}
