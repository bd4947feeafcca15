using System.Globalization;
using System.IO.Hashing;
using System.Text;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Serve;

/// <summary>
/// The site a preview shows: built with one generator (so each rebuild is incremental and takes the build state from
/// memory) into a folder of the preview's own, never the user's output folder, so a preview cannot leave half-built
/// files in what CI publishes. Knows which files each build changed. One build at a time.
/// </summary>
internal sealed class PreviewSite
{
    private readonly BriefGenerator _generator = new();
    private readonly SiteBuildOptions _options;
    private readonly object _building = new();
    private Dictionary<string, (long Length, long Ticks)> _files = new(StringComparer.Ordinal);

    /// <summary>A preview of the site <paramref name="options"/> describe; their output folder is replaced by the preview's own.</summary>
    public PreviewSite(SiteBuildOptions options)
    {
        SiteDir = Path.GetFullPath(options.SiteDir);
        OutputDir = FolderFor(SiteDir);
        _options = options with { SiteDir = SiteDir, OutputDir = OutputDir, CleanDestination = true };
    }

    /// <summary>The site folder, full path.</summary>
    public string SiteDir { get; }

    /// <summary>Where the preview's site is written: a folder of its own under the system's temporary folder.</summary>
    public string OutputDir { get; }

    /// <summary>The diagnostics of the last build (the overlay shows its errors).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>
    /// The pages of held briefs the served site includes (<c>--drafts</c>, <c>--future</c>, <c>--expired</c>), site-relative:
    /// the server marks them. Those of the last build that succeeded, as its site is the one served.
    /// </summary>
    public IReadOnlySet<string> HeldPages { get; private set; } = new HashSet<string>();

    /// <summary>True while the last build failed: the previous site is still served, under the overlay.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Builds the site; says what the build changed.</summary>
    public PreviewBuild Build()
    {
        lock (_building)
        {
            var result = GuardedBuild.Run(_generator, _options);

            var hadErrors = HasErrors;
            Diagnostics = result.Diagnostics;
            var changed = result.Succeeded ? Changed(result) : [];
            if (result.Succeeded)
            {
                HeldPages = result.HeldPages;
            }

            return new PreviewBuild(result, changed, hadErrors != HasErrors);
        }
    }

    /// <summary>The preview's folder for a site: the same across runs, so a restarted preview builds incrementally.</summary>
    private static string FolderFor(string siteDir)
    {
        var id = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(siteDir)).ToString("x16", CultureInfo.InvariantCulture);
        return Path.Combine(Path.GetTempPath(), "briefgen-serve", id, "site");
    }

    /// <summary>The files whose length or time differ from the previous build's (an unchanged file keeps both).</summary>
    private List<string> Changed(BuildResult result)
    {
        var now = new Dictionary<string, (long, long)>(result.Files.Length, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var file in result.Files)
        {
            var info = new FileInfo(Path.Combine(OutputDir, file));
            var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, 0);
            now[file] = stamp;
            if (!_files.TryGetValue(file, out var before) || before != stamp)
            {
                changed.Add(file);
            }
        }

        changed.AddRange(_files.Keys.Where(f => !now.ContainsKey(f))); // removed: a page showing it reloads into a 404
        _files = now;
        return changed;
    }
}

/// <summary>What one preview build did.</summary>
/// <param name="Result">The build's result.</param>
/// <param name="Changed">The site-relative files it changed (empty after an error: the previous site stays).</param>
/// <param name="ErrorsChanged">True when the build went from failing to passing or back, so every page's overlay changes.</param>
internal sealed record PreviewBuild(BuildResult Result, IReadOnlyList<string> Changed, bool ErrorsChanged);
