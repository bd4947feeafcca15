using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

public sealed class DemoSiteTests
{
    [Fact]
    public void Build_DemoSite_SucceedsWithEveryPageKind()
    {
        var (result, writer) = TestSite.BuildInMemory(TestSite.Demo);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(11, result.BriefCount);
        foreach (var f in new[] { "index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "briefs.json", "assets/style.css", "topics/index.html", "authors/index.html", "programs/index.html", "kinds/index.html" })
        {
            Assert.Contains(f, writer.Files.Keys);
        }

        Assert.Contains("page/2/index.html", writer.Files.Keys);
    }

    /// <summary>
    /// Writes the demo site to BRIEFGEN_DEMO_OUT when set, for check-site and screenshots; BRIEFGEN_DEMO_SITE swaps in
    /// another site folder (e.g. the fixtures copied a thousand times, to measure pages per second).
    /// </summary>
    [Fact]
    public void Build_DemoSiteToDisk_WritesWhereAsked()
    {
        var output = Environment.GetEnvironmentVariable("BRIEFGEN_DEMO_OUT") ?? Path.Combine(TestSite.TempDir(), "_site");
        var site = Environment.GetEnvironmentVariable("BRIEFGEN_DEMO_SITE") ?? TestSite.Demo;
        var result = TestSite.BuildToDisk(new SiteBuildOptions { SiteDir = site, OutputDir = output });
        TestContext.Current.SendDiagnosticMessage($"{result.BriefCount} briefs, {result.Files.Length} files in {result.Elapsed.TotalSeconds:0.00} s");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }
}
