using BriefGen.Diagnostics;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>A problem with a value of <c>briefgen.yml</c> is reported at that value's line and column.</summary>
public sealed class ConfigLocationTests
{
    private static IReadOnlyList<Diagnostic> Build(string config)
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), config);
        return TestSite.BuildInMemory(dir).Result.Diagnostics;
    }

    [Theory]
    [InlineData("title: T\nbaseUrl: ftp://example.org/\n", "BG5004", 2, 10)]
    [InlineData("title: T\n\npermalink:   ../{slug}/\n", "BG5006", 3, 14)]
    [InlineData("pageSize: 0\n", "BG5008", 1, 11)]
    [InlineData("baseUrl: https://example.org/\nfeedSize: 5000\n", "BG5008", 2, 11)]
    public void Build_BadValue_IsReportedAtTheValue(string config, string id, int line, int column)
    {
        var d = Assert.Single(Build(config), d => d.Id == id);

        Assert.Equal(("briefgen.yml", line, column), (d.Path, d.Line, d.Column));
    }

    [Fact]
    public void Build_BadBaseUrlFromTheOptions_IsNotPlacedInTheFile()
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "baseUrl: https://example.org/\n");

        var (result, _) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = dir, BaseUrl = "not a url" });

        Assert.Equal((0, 0), Assert.Single(result.Diagnostics, d => d.Id == "BG5004") is var d ? (d.Line, d.Column) : default);
    }

    [Theory]
    [InlineData("baseURL: https://example.org/\n", "unknown setting 'baseURL' is ignored; did you mean 'baseUrl'?")]
    [InlineData("page_size: 5\n", "unknown setting 'page_size' is ignored; did you mean 'pageSize'?")]
    [InlineData("colour: blue\n", "unknown setting 'colour' is ignored")]
    public void Parse_UnknownSetting_SuggestsTheClosestKnownOne(string config, string message)
    {
        var bag = new DiagnosticBag();

        BriefGen.Site.SiteConfigLoader.Parse(config, "briefgen.yml", bag);

        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("BG5001", 1, 1, message), (d.Id, d.Line, d.Column, d.Message));
    }
}
