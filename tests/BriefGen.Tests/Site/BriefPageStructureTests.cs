using AngleSharp.Html.Parser;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

public sealed class BriefPageStructureTests
{
    private static readonly Lazy<AngleSharp.Html.Dom.IHtmlDocument> Page = new(() =>
    {
        var (_, writer) = TestSite.BuildInMemory(TestSite.Demo);
        return new HtmlParser().ParseDocument(writer.ReadText("briefs/north-korean-troops-in-russia-a-dangerous-new-phase-in-the-ukraine-war/index.html"));
    });

    [Fact]
    public void BriefPage_Byline_LinksEachAuthorPage()
    {
        var links = Page.Value.QuerySelectorAll(".brief-header .meta a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal([("Liana Fix", "../../authors/liana-fix/"), ("Benjamin Harris", "../../authors/benjamin-harris/")], links);
        Assert.StartsWith("By Liana Fix and Benjamin Harris", Page.Value.QuerySelector(".brief-header .meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefPage_Time_CarriesPublishedValueAndHumanDate()
    {
        var time = Page.Value.QuerySelector("article time")!;

        Assert.Equal("2024-10-25T11:27:00-05:00", time.GetAttribute("datetime"));
        Assert.Equal("October 25, 2024", time.TextContent);
    }

    [Fact]
    public void BriefPage_Sections_AreH2AndTheTitleTheOnlyH1()
    {
        Assert.Single(Page.Value.QuerySelectorAll("h1"));
        Assert.Contains(Page.Value.QuerySelectorAll(".brief-body h2"), h => h.FirstChild!.TextContent.TrimEnd().EndsWith('?')); // then its self-link
    }

    [Fact]
    public void BriefPage_Landmarks_SkipLinkFirstAndLangSet()
    {
        Assert.Equal("en", Page.Value.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#content", Page.Value.Body!.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(Page.Value.QuerySelector("header nav[aria-label]"));
        Assert.NotNull(Page.Value.QuerySelector("main#content article"));
        Assert.NotNull(Page.Value.QuerySelector("footer.site-footer"));
    }
}
