namespace BriefGen.MSBuild;

/// <summary>
/// The folders a site's files live in, from the deepest up to the output folder itself, so that clean can remove
/// the ones left empty (and only those) in an order where a parent comes after its children.
/// </summary>
internal static class SiteFolders
{
    /// <summary>
    /// Every distinct folder between each file and <paramref name="outputDir"/> (inclusive), deepest first, each with a
    /// trailing separator. Files outside the output folder contribute nothing.
    /// </summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> files, string outputDir)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        var folders = new HashSet<string>(StringComparer.FromComparison(comparison));
        foreach (var file in files)
        {
            for (var dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                var inside = dir.Equals(root, comparison) || dir.StartsWith(root + Path.DirectorySeparatorChar, comparison);
                if (!inside)
                {
                    break;
                }

                folders.Add(dir);
            }
        }

        // Deeper paths are longer; ties are siblings, whose order does not matter but is kept deterministic.
        return [.. folders
            .OrderByDescending(d => d.Count(c => c == Path.DirectorySeparatorChar))
            .ThenBy(d => d, StringComparer.Ordinal)
            .Select(d => d + Path.DirectorySeparatorChar)];
    }
}
