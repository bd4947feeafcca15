namespace BriefGen.Reading;

/// <summary>
/// Resolves symbolic links in every part of a path (like POSIX <c>realpath</c>), so "is this inside the seeds
/// folder?" compares real locations, even when the seeds folder itself is reached through a link.
/// </summary>
internal static class PathResolver
{
    /// <summary>Link hops before giving up (the kernel's own limit is 40).</summary>
    private const int MaxHops = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The absolute path with every link resolved; a part that does not exist is kept as written.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? restarted = null;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                var target = LinkTargetOf(next);
                if (target is null)
                {
                    current = next;
                    continue;
                }

                // Start over from the link's target with the rest of the path appended.
                var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
                restarted = Path.GetFullPath(Path.Combine([resolved, .. parts[(i + 1)..]]));
                break;
            }

            if (restarted is null)
            {
                return current;
            }

            full = restarted;
        }

        return full; // a link loop: the caller compares this unresolved path, which is then "not inside"
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies under it (both real paths).</summary>
    public static bool IsUnder(string path, string folder)
    {
        var f = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(f, PathComparison)
            || (path.Length > f.Length && path.StartsWith(f, PathComparison) && path[f.Length] == Path.DirectorySeparatorChar);
    }

    private static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
