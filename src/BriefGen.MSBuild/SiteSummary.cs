using System.Globalization;

namespace BriefGen.MSBuild;

/// <summary>The one line the task prints at normal verbosity, e.g. <c>BriefGen: 12 briefs, 87 pages (3 written) -> _site/ (0.4 s)</c>.</summary>
internal static class SiteSummary
{
    /// <summary>Formats the summary; invariant culture, so logs read the same on every machine.</summary>
    public static string Format(int briefs, int pages, int written, string outputDir, TimeSpan elapsed)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"BriefGen: {briefs} {(briefs == 1 ? "brief" : "briefs")}, {pages} {(pages == 1 ? "page" : "pages")} ({written} written) -> {outputDir} ({elapsed.TotalSeconds:0.0} s)");
}
