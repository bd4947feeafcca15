namespace BriefGen.Reading;

/// <summary>
/// Files that look like seeds but are not read, so a build can say where they are instead of ignoring them: a
/// Markdown or HTML file with another extension inside the seeds folder, and seed-looking folders and files beside it.
/// </summary>
internal static class SeedLookalikes
{
    /// <summary>At most this many places are named in one message.</summary>
    private const int MaxNamed = 5;

    private static readonly HashSet<string> LookalikeExtensions = new([".markdown", ".mdx", ".html", ".htm", ".text"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SeedExtensions = new([".md", ".txt"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Folders that are seeds by mistake: <c>Seeds/</c>, <c>seed/</c>, <c>Seed/</c>… (but never <c>seeds/</c> itself).</summary>
    private static readonly HashSet<string> FolderNames = new(["seeds", "seed"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The project's own documents at the site root, which are not seeds.</summary>
    private static readonly HashSet<string> ProjectDocuments = new(["README", "LICENSE", "CHANGELOG", "CONTRIBUTING"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a file name that looks like a seed but has an extension no built-in reader takes.</summary>
    public static bool IsUnbuiltSeedName(string name) => LookalikeExtensions.Contains(Path.GetExtension(name));

    /// <summary>
    /// The end of the "no briefs" message: where seed-looking folders and files beside the seeds folder are, or
    /// nothing when there are none (or the site folder cannot be listed).
    /// </summary>
    public static string OutsideSeedsHint(string siteDir)
    {
        var found = Outside(siteDir);
        if (found.Count == 0)
        {
            return string.Empty;
        }

        var named = string.Join(", ", found.Take(MaxNamed).Select(n => "'" + n + "'"));
        var more = found.Count > MaxNamed ? $" and {found.Count - MaxNamed} more" : string.Empty;
        return $"; seeds are read only from 'seeds/', not from {named}{more} beside it: move them into 'seeds/'";
    }

    /// <summary>Seed-looking folders and files at the top of <paramref name="siteDir"/>, sorted, folders with a final <c>/</c>.</summary>
    private static List<string> Outside(string siteDir)
    {
        try
        {
            var folders = Directory.EnumerateDirectories(siteDir).Select(Path.GetFileName).OfType<string>()
                .Where(n => FolderNames.Contains(n) && n != "seeds")
                .Select(n => n + "/");
            var files = Directory.EnumerateFiles(siteDir).Select(Path.GetFileName).OfType<string>()
                .Where(n => SeedExtensions.Contains(Path.GetExtension(n)) && !ProjectDocuments.Contains(Path.GetFileNameWithoutExtension(n)) && !n.StartsWith('_') && !n.StartsWith('.'));
            return [.. folders.Concat(files).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return []; // only a hint: a folder that cannot be listed gives none
        }
    }
}
