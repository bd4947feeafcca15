using System.Globalization;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>A site larger than Scriban's default loop limit (1,000) renders every list completely.</summary>
public sealed class LargeSiteTests
{
    private const int Briefs = 1_200;

    [Fact]
    public void Build_MoreBriefsThanScribanLoopLimit_ListsEveryBrief()
    {
        var site = TestSite.TempDir();
        var seeds = Directory.CreateDirectory(Path.Combine(site, "seeds")).FullName;
        for (var i = 0; i < Briefs; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(seeds, $"b{n}.md"),
                $"---\ntitle: Brief number {n}\ndate: 2024-01-01\ntopics: [Shared Topic, Topic {n}]\nauthors: [Ana Ruiz]\n---\n\nBody {n}.\n",
                new UTF8Encoding(false));
        }

        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "baseUrl: https://example.org/\nfeedSize: 1000\n");
        var writer = new InMemorySiteWriter();

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site }, _ => writer);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Briefs, result.BriefCount);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemapLocs = XDocument.Parse(Encoding.UTF8.GetString(writer.Files["sitemap.xml"])).Descendants(sm + "loc").Count();
        Assert.True(sitemapLocs > 2 * Briefs, $"sitemap lists {sitemapLocs} URLs");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(1000, XDocument.Parse(Encoding.UTF8.GetString(writer.Files["feed.xml"])).Descendants(atom + "entry").Count());
        Assert.Contains("topics/topic-1199/index.html", writer.Files.Keys);
        var topicsIndex = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(writer.Files["topics/index.html"]));
        Assert.Equal(Briefs + 1, topicsIndex.QuerySelectorAll("main a").Count(a => a.GetAttribute("href")!.EndsWith('/')));
        Directory.Delete(site, recursive: true);
    }

    /// <summary>The brief page's loops over sections and their paragraphs take 240,000 steps: none may be cut.</summary>
    [Fact]
    public void Build_BriefOf120000Sections_RendersEverySection()
    {
        const int Sections = 120_000;
        var site = TestSite.TempDir();
        var seeds = Directory.CreateDirectory(Path.Combine(site, "seeds")).FullName;
        var body = new StringBuilder("---\ntitle: Long\n---\n");
        for (var i = 0; i < Sections; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"## Part {i}\n\nText {i}.\n\n");
        }

        File.WriteAllText(Path.Combine(seeds, "long.md"), body.ToString(), new UTF8Encoding(false));
        var writer = new InMemorySiteWriter();

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site }, _ => writer);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Encoding.UTF8.GetString(writer.Files["briefs/long/index.html"]);
        Assert.Contains("<h2 id=\"part-119999\">Part 119999 <a class=\"heading-anchor\" href=\"#part-119999\" aria-labelledby=\"part-119999\"><span aria-hidden=\"true\">#</span></a></h2>\n<p>Text 119999.</p>", page, StringComparison.Ordinal);
        Assert.Equal(Sections, page.Split("<h2 id=\"part-").Length - 1);
        Directory.Delete(site, recursive: true);
    }
}
