namespace BriefGen.Tests;

public sealed class BuildSummaryTests
{
    private static readonly string Site = Path.Combine(Path.GetTempPath(), "bg-summary-site");

    private static BuildResult Result(string outputDir) => new()
    {
        BriefCount = 1,
        Files = ["a/index.html", "feed.xml", "index.html"],
        FilesWritten = 2,
        OutputDir = outputDir,
        Elapsed = TimeSpan.FromMilliseconds(420),
    };

    [Fact]
    public void Format_OutputInsideSite_ShowsItRelative()
        => Assert.Equal("BriefGen: 1 brief, 2 pages, 3 files (2 written) -> _site/ (0.4 s)", BuildSummary.Format(Result(Path.Combine(Site, "_site")), Site));

    [Fact]
    public void Format_OutputOutsideSite_ShowsFullPath()
    {
        var outside = Path.Combine(Path.GetTempPath(), "bg-elsewhere");

        Assert.EndsWith("-> " + outside + "/ (0.4 s)", BuildSummary.Format(Result(outside), Site), StringComparison.Ordinal);
    }
}
