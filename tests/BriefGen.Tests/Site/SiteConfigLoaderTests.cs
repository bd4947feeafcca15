using BriefGen.Diagnostics;
using BriefGen.Site;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

public sealed class SiteConfigLoaderTests
{
    [Fact]
    public void Parse_UnknownKey_WarnsWithLineAndColumn()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("title: T\n  \nbogus: 1\n", "briefgen.yml", bag);

        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("BG5001", DiagnosticSeverity.Warning, 3, 1), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Equal("T", config.Title);
    }

    [Theory]
    [InlineData("favicon.svg")]
    [InlineData("img/icons/site-icon_32.png")]
    public void Parse_Favicon_APathInsideTheSite(string path)
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Parse($"favicon: {path}\n", "briefgen.yml", bag);

        Assert.Empty(bag.ToImmutable());
        Assert.Equal(path, config.Favicon);
    }

    [Theory]
    [InlineData("../favicon.svg")]
    [InlineData("img/../../x.svg")]
    [InlineData("/favicon.svg")]
    [InlineData("'javascript:alert(1)'")]
    [InlineData("https://cdn.example.org/icon.png")]
    [InlineData(".hidden/icon.png")]
    [InlineData("'icon\\x.png'")]
    public void Parse_Favicon_OutsideTheSiteOrNotAPath_IsAnError(string value)
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Parse($"favicon: {value}\n", "briefgen.yml", bag);

        Assert.Equal([("BG5002", 1, 10)], bag.ToImmutable().Select(d => (d.Id, d.Line, d.Column)));
        Assert.Null(config.Favicon);
    }

    [Fact]
    public void Parse_WrongType_IsErrorAtTheValue()
    {
        var bag = new DiagnosticBag();
        SiteConfigLoader.Parse("pageSize: many\nshowRelated: [1]\n", "briefgen.yml", bag);

        Assert.Equal([("BG5002", 1, 11), ("BG5002", 2, 14)], bag.ToImmutable().Select(d => (d.Id, d.Line, d.Column)));
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Build_BaseUrlOption_OverridesConfigFile()
    {
        var (_, writer) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, BaseUrl = "https://other.example.net/sub" });

        Assert.Contains("<loc>https://other.example.net/sub/</loc>", writer.ReadText("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("href=\"/sub/assets/style.css\"", writer.ReadText("404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InvalidPermalink_IsError()
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "permalink: ../{slug}/\n");

        var (result, _) = TestSite.BuildInMemory(dir);

        Assert.Contains(result.Diagnostics, d => d.Id == "BG5006" && d.IsError);
    }

    [Fact]
    public void Build_ConfigOverOneMebibyte_IsErrorNotParsed()
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "title: x\n" + new string('#', 1_100_000) + "\n");

        var (result, _) = TestSite.BuildInMemory(dir);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG5009");
        Assert.Equal("briefgen.yml", error.Path);
        Assert.False(result.Succeeded);
    }
}
