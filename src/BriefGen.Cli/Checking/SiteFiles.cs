namespace BriefGen.Cli.Checking;

/// <summary>The files of a written site, relative to its folder with <c>/</c>, and how a site path finds one of them.</summary>
internal sealed class SiteFiles
{
    /// <summary>Files listed at most; a site past this is not one BriefGen wrote.</summary>
    public const int MaxFiles = 1_000_000;

    private readonly HashSet<string> _files;

    private SiteFiles(string root, HashSet<string> files, bool truncated)
    {
        Root = root;
        _files = files;
        Truncated = truncated;
    }

    /// <summary>The site's folder, full path.</summary>
    public string Root { get; }

    /// <summary>True when the folder held more than <see cref="MaxFiles"/> files and only the first were listed.</summary>
    public bool Truncated { get; }

    /// <summary>The HTML pages, sorted.</summary>
    public IEnumerable<string> Pages => _files.Where(IsPage).Order(StringComparer.Ordinal);

    /// <summary>Lists the folder (without following links to folders elsewhere).</summary>
    public static SiteFiles List(string root)
    {
        var full = Path.GetFullPath(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(full, "*", options))
        {
            if (files.Count == MaxFiles)
            {
                return new SiteFiles(full, files, truncated: true);
            }

            files.Add(Path.GetRelativePath(full, file).Replace('\\', '/'));
        }

        return new SiteFiles(full, files, truncated: false);
    }

    /// <summary>Whether a file is an HTML page, whose links are checked and whose anchors can be linked to.</summary>
    public static bool IsPage(string file) => file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file a site path is served from, as a static host serves it (a folder by its <c>index.html</c>); null when none.</summary>
    public string? Find(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            return _files.Contains(sitePath + "index.html") ? sitePath + "index.html" : null;
        }

        return _files.Contains(sitePath) ? sitePath
            : _files.Contains(sitePath + "/index.html") ? sitePath + "/index.html"
            : null;
    }

    /// <summary>What a host would look for at a site path, for the message when nothing is there.</summary>
    public static string Expected(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
