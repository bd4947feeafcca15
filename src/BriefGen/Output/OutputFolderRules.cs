using BriefGen.FileSystem;
namespace BriefGen.Output;

/// <summary>
/// When a folder is BriefGen's to replace. A build swaps its output folder in whole, so that folder must hold nothing
/// of the user's: it may not be or hold the site's inputs, nor lie inside them (<see cref="Overlap"/>), and an
/// existing folder must be a site BriefGen wrote, or empty (<see cref="FirstForeignEntry"/>).
/// </summary>
internal static class OutputFolderRules
{
    /// <summary>How many entries the search for a foreign file looks at before it names a folder instead.</summary>
    private const int MaxEntriesSearched = 10_000;

    /// <summary>
    /// Why <paramref name="output"/> (a real path) cannot be the output folder of a site with these inputs, worded
    /// to follow "the output folder … ", or null when it can.
    /// </summary>
    public static string? Overlap(string output, SiteInputs inputs)
    {
        if (Path.GetDirectoryName(output) is null)
        {
            return "is the root of the file system";
        }

        var site = RealPath.Of(inputs.SiteDir);
        if (RealPath.IsWithin(site, output))
        {
            return output.Length == site.Length ? "is the site folder" : "contains the site folder";
        }

        foreach (var (name, path) in Inputs(inputs))
        {
            var real = RealPath.Of(path);
            if (RealPath.IsWithin(output, real))
            {
                return $"lies inside the {name} '{path}'";
            }

            if (RealPath.IsWithin(real, output))
            {
                return $"contains the {name} '{path}'";
            }
        }

        return null;
    }

    /// <summary>
    /// An entry of the existing folder <paramref name="output"/> BriefGen did not make, as a path relative to it — the
    /// first regular file in name order where one is found soon — or null when the folder is missing, empty, or a site
    /// BriefGen wrote (<see cref="OutputMarker"/>).
    /// </summary>
    public static string? FirstForeignEntry(string output)
    {
        if (!Directory.Exists(output) || OutputMarker.IsIn(output))
        {
            return null;
        }

        var pending = new Queue<string>([output]);
        string? first = null;
        for (var seen = 0; pending.TryDequeue(out var dir) && seen < MaxEntriesSearched;)
        {
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                seen++;
                var relative = Path.GetRelativePath(output, entry.FullName).Replace('\\', '/');
                first ??= relative;
                if (entry is DirectoryInfo && !entry.IsLink())
                {
                    pending.Enqueue(entry.FullName);
                }
                else
                {
                    return relative;
                }
            }
        }

        return first;
    }

    private static IEnumerable<(string Name, string Path)> Inputs(SiteInputs inputs)
    {
        yield return ("seeds folder", inputs.SeedsDir);
        yield return ("pages folder", inputs.PagesDir);
        yield return ("templates folder", inputs.TemplatesDir);
        yield return ("static folder", inputs.StaticDir);
        foreach (var theme in inputs.Themes)
        {
            yield return ("theme folder", theme);
        }

        if (inputs.ConfigFile is { } config)
        {
            yield return ("configuration file", config);
        }

        if (inputs.StateDir is { } state)
        {
            yield return ("build state folder", state);
        }
    }
}
