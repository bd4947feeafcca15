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

    [Fact]
    public void Parse_NoMarkdownSetting_TurnsOnEveryExtension()
        => Assert.Equal(
            [MarkdownExtension.Tables, MarkdownExtension.Footnotes, MarkdownExtension.Strikethrough, MarkdownExtension.TaskLists, MarkdownExtension.Autolinks],
            SiteConfigLoader.Parse("title: T\n", "briefgen.yml", new DiagnosticBag()).MarkdownExtensions);

    [Theory]
    [InlineData("markdown:\n  extensions: [footnotes, tables, footnotes]\n", "Footnotes Tables")]
    [InlineData("markdown: { extensions: [autolinks, strikethrough, tasklists] }\n", "Autolinks Strikethrough TaskLists")]
    [InlineData("markdown:\n  extensions: []\n", "")]
    public void Parse_MarkdownExtensions_AreTheListed(string yaml, string expected)
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Parse(yaml, "briefgen.yml", bag);

        Assert.Empty(bag.ToImmutable());
        Assert.Equal(expected, string.Join(' ', config.MarkdownExtensions));
    }

    [Fact]
    public void Parse_UnknownMarkdownExtension_WarnsAtItsLine_AndKeepsTheOthers()
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Parse("title: T\nmarkdown:\n  extensions:\n    - tables\n    - footnote\n    - smartypants\n", "briefgen.yml", bag);

        Assert.Equal([("BG5010", DiagnosticSeverity.Warning, 5, 7), ("BG5010", DiagnosticSeverity.Warning, 6, 7)], bag.ToImmutable().Select(d => (d.Id, d.Severity, d.Line, d.Column)));
        Assert.Contains("did you mean 'footnotes'", bag.ToImmutable()[0].Message, StringComparison.Ordinal);
        Assert.Equal([MarkdownExtension.Tables], config.MarkdownExtensions);
    }

    [Theory]
    [InlineData("markdown: [tables]\n", "BG5002", 1, 11)]
    [InlineData("markdown:\n  extensions: tables\n", "BG5002", 2, 15)]
    [InlineData("markdown:\n  extensions: [tables, [footnotes]]\n", "BG5002", 2, 15)]
    [InlineData("markdown:\n  extension: [tables]\n", "BG5001", 2, 3)]
    public void Parse_MarkdownSettingOfTheWrongShape_IsReportedWhereItStands(string yaml, string id, int line, int column)
    {
        var bag = new DiagnosticBag();

        var config = SiteConfigLoader.Parse(yaml, "briefgen.yml", bag);

        Assert.Equal([(id, line, column)], bag.ToImmutable().Select(d => (d.Id, d.Line, d.Column)));
        Assert.Equal(new SiteConfig().MarkdownExtensions, config.MarkdownExtensions);
    }
}
