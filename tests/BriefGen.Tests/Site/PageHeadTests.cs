using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// What a page's head tells browsers, search engines and link previews: one meta description on every page, an icon
/// link that resolves to a file of the site (the built-in icon unless the site has its own), and for a brief with an
/// image an absolute <c>og:image</c> and a lead image with dimensions.
/// </summary>
public sealed class PageHeadTests
{
    private const string Brief = "briefs/b/index.html";

    /// <summary>A site of one brief (slug <c>b</c>, topic <c>Oil</c>) with this front matter, configuration and files, built in memory.</summary>
    private static (BuildResult Result, InMemorySiteWriter Writer) Build(string frontMatter, string config, params (string Path, string Text)[] files)
    {
        var dir = TestSite.TempDir();
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), config);
        foreach (var (path, text) in files.Append(("seeds/b.md", $"---\ntitle: The B brief\nslug: b\ntopics: [Oil]\n{frontMatter}---\n\nBody.\n")))
        {
            var file = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text, new UTF8Encoding(false));
        }

        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir }, _ => writer);
        Directory.Delete(dir, recursive: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, writer);
    }

    /// <summary>The demo site with this <c>baseUrl</c>, with or without its <c>description</c>.</summary>
    private static InMemorySiteWriter Demo(string baseUrl, bool withDescription = true)
    {
        var lines = File.ReadAllLines(Path.Combine(TestSite.Demo, "briefgen.yml"))
            .Where(l => withDescription || !l.StartsWith("description:", StringComparison.Ordinal))
            .Select(l => l.StartsWith("baseUrl:", StringComparison.Ordinal) ? "baseUrl: " + baseUrl : l);
        var config = Path.Combine(TestSite.TempDir(), "briefgen.yml");
        File.WriteAllLines(config, lines);
        var (result, writer) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, ConfigFile = config });
        Directory.Delete(Path.GetDirectoryName(config)!, recursive: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return writer;
    }

    private static IDocument Page(InMemorySiteWriter writer, string path) => new HtmlParser().ParseDocument(writer.ReadText(path));

    private static IEnumerable<string> HtmlFiles(InMemorySiteWriter writer) => writer.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string? Meta(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DemoSite_EveryHtmlFile_HasOneMetaDescription_WithText(bool siteDescription)
    {
        var writer = Demo("https://briefs.example.org/", siteDescription);

        Assert.All(HtmlFiles(writer), path =>
        {
            var descriptions = Page(writer, path).QuerySelectorAll("meta[name=description]");
            Assert.True(descriptions.Length == 1, $"{path}: {descriptions.Length} meta descriptions");
            Assert.False(string.IsNullOrWhiteSpace(descriptions[0].GetAttribute("content")), $"{path}: an empty meta description");
        });
    }

    [Theory]
    [InlineData("https://briefs.example.org/")]
    [InlineData("https://example.org/project/")]
    public void DemoSite_EveryHtmlFile_LinksAnIcon_ThatIsAFileOfTheSite(string baseUrl)
    {
        var writer = Demo(baseUrl);

        Assert.All(HtmlFiles(writer), path =>
        {
            var href = Page(writer, path).QuerySelector("link[rel=icon]")?.GetAttribute("href");
            Assert.True(href is not null, $"{path}: no icon link");
            var icon = new Uri(new Uri(baseUrl + path), href).AbsoluteUri;
            Assert.StartsWith(baseUrl, icon, StringComparison.Ordinal);
            Assert.True(writer.Files.ContainsKey(icon[baseUrl.Length..]), $"{path}: the icon {href} is no file of the site");
        });
    }

    [Fact]
    public void Description_OfPagesWithoutOne_OnASiteWithoutOne_IsASentenceOfThePageKind()
    {
        var (_, writer) = Build("", "title: Ocean Notes\n", ("pages/about.md", "---\ntitle: About us\n---\n\nWho we are.\n"));

        Assert.Equal("The latest briefs from Ocean Notes.", Meta(Page(writer, "index.html"), "meta[name=description]"));
        Assert.Equal("Topics of the briefs from Ocean Notes.", Meta(Page(writer, "topics/index.html"), "meta[name=description]"));
        Assert.Equal("Briefs from Ocean Notes – Topic: Oil.", Meta(Page(writer, "topics/oil/index.html"), "meta[name=description]"));
        Assert.Equal("The B brief – a brief from Ocean Notes.", Meta(Page(writer, Brief), "meta[name=description]"));
        Assert.Equal("About us – a page of Ocean Notes.", Meta(Page(writer, "about/index.html"), "meta[name=description]"));
        Assert.Equal("Page not found – a page of Ocean Notes.", Meta(Page(writer, "404.html"), "meta[name=description]"));
        Assert.Equal("The latest briefs from Ocean Notes.", Meta(Page(writer, "index.html"), "meta[property='og:description']"));
    }

    [Fact]
    public void Description_IsThePagesOwn_ElseTheSites_AndTheFallbackSpeaksTheSitesLanguage()
    {
        var (_, described) = Build("summary: What B says.\n", "title: Ocean Notes\ndescription: \"   \"\n");
        var (_, site) = Build("", "title: Ocean Notes\ndescription: Notes on the sea.\n");
        var (_, french) = Build("", "title: Notes marines\nlanguage: fr\n");

        Assert.Equal("What B says.", Meta(Page(described, Brief), "meta[name=description]"));
        Assert.Equal("The latest briefs from Ocean Notes.", Meta(Page(described, "index.html"), "meta[name=description]"));
        Assert.Equal("Notes on the sea.", Meta(Page(site, Brief), "meta[name=description]"));
        Assert.Equal("Notes on the sea.", Meta(Page(site, "topics/oil/index.html"), "meta[name=description]"));
        Assert.Equal("Notes de Notes marines – Thème : Oil.", Meta(Page(french, "topics/oil/index.html"), "meta[name=description]"));
    }

    [Fact]
    public void Icon_OfASiteWithoutOne_IsTheBuiltInSvg_AtTheRoot()
    {
        var (_, writer) = Build("", "");

        Assert.Equal("../../favicon.svg", Page(writer, Brief).QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", writer.ReadText("favicon.svg"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("static/favicon.svg", "", "favicon.svg")]
    [InlineData("static/favicon.ico", "", "favicon.ico")]
    [InlineData("themes/ink/static/favicon.ico", "theme: themes/ink\n", "favicon.ico")]
    [InlineData("static/img/logo.png", "favicon: img/logo.png\n", "img/logo.png")]
    public void Icon_OfTheSite_Wins_OverTheBuiltInOne(string file, string config, string linked)
    {
        var (_, writer) = Build("", config, (file, "the site's own icon"));

        Assert.Equal("./" + linked, Page(writer, "index.html").QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal("the site's own icon", writer.ReadText(linked));
        Assert.True(linked == "favicon.svg" || !writer.Files.ContainsKey("favicon.svg"), "the built-in icon was written beside the site's own");
    }

    [Theory]
    [InlineData("images/cable.jpg", "https://example.org/project/briefs/b/images/cable.jpg")]
    [InlineData("/images/cable.jpg", "https://example.org/images/cable.jpg")]
    [InlineData("https://cdn.example.com/cable.jpg?w=1200", "https://cdn.example.com/cable.jpg?w=1200")]
    public void BriefWithAnImage_SharesItAsAnAbsoluteUrl_AndSizesItsFigure(string url, string shared)
    {
        var (_, writer) = Build($"image: {{ caption: A cable ship, credit: Reuters, url: \"{url}\" }}\n", "baseUrl: https://example.org/project/\n");
        var page = Page(writer, Brief);

        Assert.Equal(shared, Meta(page, "meta[property='og:image']"));
        Assert.Equal("summary_large_image", Meta(page, "meta[name='twitter:card']"));
        Assert.Equal(shared, JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("image").GetString());
        var img = page.QuerySelector("figure.lead-image img")!;
        Assert.Equal(url, img.GetAttribute("src"));
        Assert.True(int.Parse(img.GetAttribute("width") ?? "0") > 0 && int.Parse(img.GetAttribute("height") ?? "0") > 0, img.OuterHtml);
    }

    [Theory]
    [InlineData("image: { caption: A cable ship, credit: Reuters }\n", "baseUrl: https://example.org/\n")]
    [InlineData("image: { caption: A cable ship, url: images/cable.jpg }\n", "")]
    [InlineData("image: { caption: A cable ship, url: \"javascript:alert(1)\" }\n", "baseUrl: https://example.org/\n")]
    [InlineData("image: { caption: A cable ship, url: \"mailto:photo@example.org\" }\n", "baseUrl: https://example.org/\n")]
    [InlineData("image: { caption: A cable ship, url: \"java\\tscript:alert(1)\" }\n", "baseUrl: https://example.org/\n")]
    public void BriefWithoutAnImageToShare_HasNoOgImage_AndASmallCard(string frontMatter, string config)
    {
        var (_, writer) = Build(frontMatter, config);
        var page = Page(writer, Brief);

        Assert.Null(page.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", Meta(page, "meta[name='twitter:card']"));
        Assert.False(JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.TryGetProperty("image", out _));
    }
}
