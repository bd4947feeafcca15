using System.Globalization;

namespace BriefGen;

/// <summary>
/// The one line the CLI and the MSBuild task print for a build, e.g.
/// <c>BriefGen: 12 briefs, 87 pages, 112 files (3 written) -> _site/ (0.4 s)</c>: "written" counts the files whose
/// bytes changed; the others were kept from the previous build.
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
            $"BriefGen: {Count(result.BriefCount, "brief")}, {Count(pages, "page")}, {Count(result.Files.Length, "file")} ({result.FilesWritten} written) -> {OutputDisplay(siteDir, result.OutputDir)} ({result.Elapsed.TotalSeconds:0.0} s)");
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
