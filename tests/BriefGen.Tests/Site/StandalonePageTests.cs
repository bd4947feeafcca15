using System.Text;
using AngleSharp.Html.Parser;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>Standalone pages (<c>pages/**/*.md</c>), the <c>menu</c> and <c>footerMenu</c> settings, and their errors.</summary>
public sealed class StandalonePageTests
{
    private const string About = "---\ntitle: About us\ndescription: Who we are.\n---\nWe write *briefs*. [Bad](javascript:alert(1))\n";

    /// <summary>A site of one brief (slug <c>b</c>, topic Oil) with these pages and this configuration, built in memory.</summary>
    private static (BuildResult Result, InMemorySiteWriter Writer) Build(string config, params (string Path, string Text)[] pages)
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "seeds", "b.md"), "---\ntitle: B\ntopics: [Oil]\n---\n\nBody.\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "baseUrl: https://example.org/news/\n" + config);
        foreach (var (path, text) in pages)
        {
            var file = Path.Combine(dir, "pages", path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir }, _ => writer);
        Directory.Delete(dir, recursive: true);
        return (result, writer);
    }

    private static IEnumerable<string> Nav(InMemorySiteWriter writer, string path, string selector = ".site-nav a")
        => new HtmlParser().ParseDocument(writer.ReadText(path)).QuerySelectorAll(selector)
            .Select(a => $"{a.TextContent}={a.GetAttribute("href")}{(a.GetAttribute("aria-current") is { } current ? " " + current : "")}");

    [Fact]
    public void Page_IsRenderedAtItsPath_WithTheBriefsMarkdownRules_AndInTheSitemap()
    {
        var (result, writer) = Build("", ("about.md", About), ("team/contact.md", "---\ntitle: Contact\n---\nMail us.\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(writer.ReadText("about/index.html"));
        Assert.Equal("About us", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("We write <em>briefs</em>. Bad", page.QuerySelector("main p")!.InnerHtml);
        Assert.Equal("Who we are.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains(result.Diagnostics, d => d.Id == "BG3005" && d.Path == "pages/about.md");
        Assert.True(writer.Files.ContainsKey("team/contact/index.html"));
        var sitemap = writer.ReadText("sitemap.xml");
        Assert.Contains("<loc>https://example.org/news/about/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/news/team/contact/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void DraftPage_IsNotPublished()
    {
        var (result, writer) = Build("", ("about.md", "---\ntitle: About\ndraft: true\nmenu: main\n---\nSoon.\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(writer.Files.ContainsKey("about/index.html"));
        Assert.DoesNotContain("about/", writer.ReadText("sitemap.xml"), StringComparison.Ordinal);
        Assert.Equal(["Briefs=./ page", "Topics=./topics/", "Authors=./authors/", "Programs=./programs/"], Nav(writer, "index.html"));
    }

    [Fact]
    public void IndexPage_IsRefused()
    {
        var (result, _) = Build("", ("index.md", "---\ntitle: Home\n---\nHi.\n"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("BG1401", "pages/index.md"), (error.Id, error.Path));
    }

    [Theory]
    [InlineData("permalink: topics/oil\n", "the topic 'Oil'")]
    [InlineData("permalink: briefs/b\n", "the brief seeds/b.md")]
    [InlineData("permalink: topics\n", "the index of topics")]
    [InlineData("permalink: team\n", "the page pages/team.md")]
    public void PageAtATakenUrl_IsAnErrorNamingBoth(string frontMatter, string other)
    {
        var (result, writer) = Build("", ("team.md", "---\ntitle: Team\n---\nUs.\n"), ("zz.md", "---\ntitle: Z\n" + frontMatter + "---\nZ.\n"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("BG2101", "pages/zz.md"), (error.Id, error.Path));
        Assert.Contains(other, error.Message, StringComparison.Ordinal);
        Assert.Empty(writer.Files);
    }

    [Fact]
    public void MenuSetting_ReplacesTheNavigation_AndMarksTheCurrentEntry()
    {
        var config = "menu:\n  - { title: Home, url: / }\n  - { title: About, page: about }\n  - { title: Topics, taxonomy: topics }\n  - { title: Source, url: 'https://example.com/src' }\n"
            + "footerMenu:\n  - { title: Feed, url: /feed.xml }\n";
        var (result, writer) = Build(config, ("about.md", About), ("contact.md", "---\ntitle: Contact\nmenu: footer\n---\nMail.\n"), ("faq.md", "---\ntitle: FAQ\nmenu: main\n---\nQ.\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["Home=../", "About=../about/ page", "Topics=../topics/", "Source=https://example.com/src", "FAQ=../faq/"], Nav(writer, "about/index.html"));
        Assert.Equal(["Home=../", "About=../about/", "Topics=../topics/ page", "Source=https://example.com/src", "FAQ=../faq/"], Nav(writer, "topics/index.html"));
        Assert.Equal(["Home=../../", "About=../../about/", "Topics=../../topics/", "Source=https://example.com/src", "FAQ=../../faq/"], Nav(writer, "topics/oil/index.html"));
        Assert.Equal(["Feed=../feed.xml", "Contact=../contact/ page"], Nav(writer, "contact/index.html", ".footer-links a").Take(2));
    }

    [Fact]
    public void PageNamedByTheMenuAndItsFrontMatter_IsListedOnce()
    {
        var (result, writer) = Build("menu:\n  - { title: About, page: about }\n", ("about.md", "---\ntitle: About us\nmenu: main\n---\nUs.\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["About=./about/"], Nav(writer, "index.html"));
    }

    [Fact]
    public void FrontMatterMenus_WithoutTheSetting_FollowTheDefaultNavigation_ByWeight()
    {
        var (_, writer) = Build("taxonomies: [topics]\n", ("b.md", "---\ntitle: B\nmenu: main\n---\nB.\n"), ("a.md", "---\ntitle: A\nmenu: main\nweight: 5\n---\nA.\n"));

        Assert.Equal(["Briefs=./ page", "Topics=./topics/", "B=./b/", "A=./a/"], Nav(writer, "index.html"));
    }

    [Theory]
    [InlineData("menu:\n  - { title: About, page: abuot }\n", "BG2102", 3, "did you mean 'about'")]
    [InlineData("menu:\n  - { title: Kinds, taxonomy: kinds }\ntaxonomies: [topics]\n", "BG2103", 3, "the site's taxonomies: topics")]
    [InlineData("menu:\n  - { title: Bad, url: 'javascript:alert(1)' }\n", "BG5002", 3, "javascript:alert(1)")]
    [InlineData("footerMenu:\n  - { title: Relative, url: about/ }\n", "BG5002", 3, "about/")]
    [InlineData("menu:\n  - { title: Both, page: about, url: / }\n", "BG5002", 3, "exactly one of page, taxonomy or url")]
    public void BadMenuEntry_IsAnErrorAtItsLineOfTheSettings(string config, string code, int line, string words)
    {
        var (result, _) = Build(config, ("about.md", About));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, "briefgen.yml", line), (error.Id, error.Path, error.Line));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: T\nmenu: side\n---\nX.\n", "BG1205", 3)]
    [InlineData("---\ntitle: T\npermalink: ../up\n---\nX.\n", "BG1402", 3)]
    [InlineData("---\ndescription: no title\n---\nX.\n", "BG1007", 1)]
    [InlineData("no front matter\n", "BG1007", 1)]
    [InlineData("", "BG1001", 0)]
    public void BadFrontMatter_IsAnErrorAtItsLine(string text, string code, int line)
    {
        var (result, _) = Build("", ("p.md", text));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, "pages/p.md", line), (error.Id, error.Path, error.Line));
    }

    [Fact]
    public void WrongMenuValue_IsNamedInTheMessage()
    {
        var (result, _) = Build("", ("p.md", "---\ntitle: T\nmenu: Main\n---\nX.\n"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("'menu' must be main or footer, not 'Main'", error.Message, StringComparison.Ordinal);
    }
}
