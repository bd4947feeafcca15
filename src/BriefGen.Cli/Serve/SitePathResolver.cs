namespace BriefGen.Cli.Serve;

/// <summary>
/// Maps a request path to a file of the preview's folder, and refuses any path that could leave it: a <c>..</c> or
/// <c>.</c> segment (also percent-encoded, as the server decodes it before this sees it), a backslash, a colon, a
/// control character, or a symbolic link on the way.
/// </summary>
internal sealed class SitePathResolver(string root)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>What a request path leads to.</summary>
    public enum Outcome
    {
        /// <summary>A file to serve.</summary>
        File,

        /// <summary>A folder asked for without its final slash: redirect to it with one.</summary>
        Folder,

        /// <summary>Nothing there.</summary>
        Missing,

        /// <summary>A path that tries to leave the folder or cannot name a file: refused.</summary>
        Refused,
    }

    /// <summary>Resolves <paramref name="sitePath"/> (below the site's path prefix, without a leading slash, decoded).</summary>
    public Outcome Resolve(string sitePath, out string file)
    {
        file = "";
        var segments = sitePath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            var last = i == segments.Length - 1;
            if ((s.Length == 0 && !last) || s is "." or ".." || s.IndexOfAny(['\\', ':', '\0']) >= 0 || s.Any(char.IsControl))
            {
                return Outcome.Refused;
            }
        }

        var full = Path.Join(_root, sitePath);
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            full = Path.Join(full, "index.html");
        }
        else if (Directory.Exists(full))
        {
            return LeadsOut(full) ? Outcome.Refused : Outcome.Folder;
        }

        if (!File.Exists(full))
        {
            return Outcome.Missing;
        }

        if (LeadsOut(full))
        {
            return Outcome.Refused;
        }

        file = full;
        return Outcome.File;
    }

    /// <summary>True when any part of the path below the root is a symbolic link (BriefGen never writes one).</summary>
    private bool LeadsOut(string full)
    {
        for (var path = full; path.Length > _root.Length; path = Path.GetDirectoryName(path)!)
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
