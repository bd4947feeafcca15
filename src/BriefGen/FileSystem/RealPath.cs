namespace BriefGen.FileSystem;

/// <summary>
/// A path with every symbolic link along it resolved (what <c>realpath</c> gives, also for a path whose end does not
/// exist yet): two paths name the same place exactly when their real paths are equal.
/// </summary>
internal static class RealPath
{
    /// <summary>As Linux: more links than this on one path is a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (made full first); a link loop leaves the rest unresolved.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        for (var links = 0; pending.TryPop(out var part);)
        {
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (links < MaxLinks && new FileInfo(next) is { LinkTarget: { } target })
            {
                links++;
                var resolved = Path.GetFullPath(target, current);
                foreach (var inner in Parts(resolved[Path.GetPathRoot(resolved)!.Length..]).Reverse())
                {
                    pending.Push(inner);
                }

                current = Path.GetPathRoot(resolved)!;
                continue;
            }

            current = next;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies below it (both real paths).</summary>
    public static bool IsWithin(string inner, string outer)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var o = Path.TrimEndingDirectorySeparator(outer);
        return inner.Equals(o, comparison) || inner.StartsWith(o.EndsWith(Path.DirectorySeparatorChar) ? o : o + Path.DirectorySeparatorChar, comparison);
    }

    private static IEnumerable<string> Parts(string relative)
        => relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Where(p => p.Length > 0 && p != ".");
}
