using System.Globalization;

namespace BriefGen;

/// <summary>
/// The one line the CLI and the MSBuild task print for a build, e.g.
/// <c>BriefGen: 12 briefs, 87 pages, 112 files (3 written) -> _site/ (0.4 s)</c>: "written" counts the files whose
/// bytes changed; the others were kept from the previous build. When briefs are held, or an embargo or expiry lies
/// ahead, it ends with e.g. <c>; 2 held; next change 2025-06-01T09:00:00-04:00</c>.
/// </summary>
public static class BuildSummary
{
    /// <summary>Formats the summary of <paramref name="result"/>; invariant culture, so logs read the same everywhere.</summary>
    /// <param name="result">The finished build.</param>
    /// <param name="siteDir">The site folder: the output folder is shown relative to it when inside it.</param>
    public static string Format(BuildResult result, string siteDir)
    {
        var pages = result.Files.Count(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"BriefGen: {Count(result.BriefCount, "brief")}, {Count(pages, "page")}, {Count(result.Files.Length, "file")} ({result.FilesWritten} written) -> {OutputDisplay(siteDir, result.OutputDir)} ({result.Elapsed.TotalSeconds:0.0} s){Held(result)}");
    }

    /// <summary>The held briefs and the next change, or nothing when there are neither.</summary>
    private static string Held(BuildResult result)
    {
        var held = result.HeldCount > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {result.HeldCount} held") : string.Empty;
        var next = result.NextChange is { } at ? "; next change " + at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : string.Empty;
        return held + next;
    }

    /// <summary>The output folder as the user most likely thinks of it: relative to the site folder when inside it, with a final <c>/</c>.</summary>
    private static string OutputDisplay(string siteDir, string outputDir)
    {
        var full = Path.GetFullPath(outputDir);
        var relative = Path.GetRelativePath(Path.GetFullPath(siteDir), full).Replace('\\', '/');
        var shown = relative == "." ? "." : relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.EndsWith('/') || shown.EndsWith('\\') ? shown : shown + "/";
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
