using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

public sealed class HostileContentTests
{
    private static readonly Lazy<BriefGen.Output.InMemorySiteWriter> Site = new(() =>
    {
        var (result, writer) = TestSite.BuildInMemory(TestSite.Fixture("hostile"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return writer;
    });

    [Fact]
    public void HostileBrief_Page_HasNoScriptElementButJsonLd()
    {
        var doc = new HtmlParser().ParseDocument(Site.Value.ReadText("briefs/evil/index.html"));

        var scripts = doc.QuerySelectorAll("script");
        Assert.All(scripts, s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Single(scripts);
        Assert.Empty(doc.QuerySelectorAll("img, b, i"));
        Assert.Equal("<script>alert(1)</script> \"Quotes\" & 'apostrophes'", doc.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void HostileBrief_JsonLd_ParsesAndNamesTheAuthor()
    {
        var doc = new HtmlParser().ParseDocument(Site.Value.ReadText("briefs/evil/index.html"));
        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);

        Assert.Equal("Eve <img src=x onerror=alert(1)>", json.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("</script><script>alert('sum')</script> & \"dek\"", json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public void HostileBrief_FeedAndSitemap_AreWellFormedXml()
    {
        var feed = XDocument.Parse(Site.Value.ReadText("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("<script>alert(1)</script> \"Quotes\" & 'apostrophes'", feed.Root!.Element(atom + "entry")!.Element(atom + "title")!.Value);
        Assert.NotEmpty(XDocument.Parse(Site.Value.ReadText("sitemap.xml")).Root!.Elements());
    }

    [Fact]
    public void MarkdownBrief_RawHtmlAndJavascriptLink_RenderInertWithWarning()
    {
        var (result, writer) = TestSite.BuildInMemory(TestSite.Fixture("markdown"));
        var doc = new HtmlParser().ParseDocument(writer.ReadText("briefs/markdown-safety/index.html"));

        Assert.Contains(result.Diagnostics, d => d.Id == "BG3005");
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Equal("bold", doc.QuerySelector(".brief-body strong")!.TextContent);
        Assert.DoesNotContain(doc.QuerySelectorAll(".brief-body a"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.Ordinal));
        Assert.Contains(doc.QuerySelectorAll(".brief-body p"), p => p.TextContent.Contains("click and ok", StringComparison.Ordinal));
    }

    /// <summary>
    /// Markdig refuses a block nested past its limit when the page is rendered (the reader skips inlines): the block is
    /// printed as text with a warning located at its seed, and every other brief renders.
    /// </summary>
    [Fact]
    public void MarkdownBlockNestedTooDeep_IsShownAsText_AndTheSiteBuilds()
    {
        var site = TestSite.TempDir();
        var seeds = Directory.CreateDirectory(Path.Combine(site, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "deep.md"), "---\ntitle: Deep\n---\n\nBefore.\n\n" + new string('[', 100_000) + "\n\n" + string.Concat(Enumerable.Repeat("*_", 200_000)) + "\n\nAfter *this*.\n");
        File.WriteAllText(Path.Combine(seeds, "fine.md"), "---\ntitle: Fine\n---\n\nAll *fine*.\n");
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "baseUrl: https://example.org/\n");
        var writer = new BriefGen.Output.InMemorySiteWriter();

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site }, _ => writer);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(result.Diagnostics); // the two warnings read the same, and are reported once
        Assert.All(result.Diagnostics, d => Assert.Equal(("BG3007", "seeds/deep.md"), (d.Id, d.Path)));
        var body = new HtmlParser().ParseDocument(writer.ReadText("briefs/deep/index.html")).QuerySelector(".brief-body")!;
        Assert.Equal(["Before.", new string('[', 100_000), string.Concat(Enumerable.Repeat("*_", 200_000)), "After this."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Contains("<p>All <em>fine</em>.</p>", writer.ReadText("briefs/fine/index.html"), StringComparison.Ordinal);
        Directory.Delete(site, recursive: true);
    }
}
