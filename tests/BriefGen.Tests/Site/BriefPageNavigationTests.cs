using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// What the default brief page adds to find one's way: the table of contents, the headings' self-links, the reading
/// time and "More on these topics".
/// </summary>
public sealed class BriefPageNavigationTests
{
    /// <summary>The brief pages of a site of these Markdown seeds (name → whole file), by slug.</summary>
    private static Dictionary<string, IDocument> Pages(params (string Name, string Seed)[] seeds)
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        foreach (var (name, seed) in seeds)
        {
            File.WriteAllText(Path.Combine(dir, "seeds", name + ".md"), seed, new UTF8Encoding(false));
        }

        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir }, _ => writer);
        Assert.False(result.Diagnostics.Any(d => d.IsError), string.Join("\n", result.Diagnostics));
        Directory.Delete(dir, recursive: true);
        var parser = new HtmlParser();
        return writer.Files.Keys.Where(k => k.StartsWith("briefs/", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal))
            .ToDictionary(k => k.Split('/')[1], k => (IDocument)parser.ParseDocument(writer.ReadText(k)));
    }

    private static IDocument Page(string body, string frontMatter = "title: T\n") => Pages(("t", $"---\n{frontMatter}---\n\n{body}")).Single().Value;

    private static string Headings(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"## Question {i}?\n\nText.\n\n"));

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 3)]
    public void TableOfContents_ListsTheHeadedSections_FromThree(int headings, int listed)
    {
        var page = Page("Lead.\n\n" + Headings(headings));

        var toc = page.QuerySelector("nav.toc[aria-label='Contents']");
        var links = toc?.QuerySelectorAll("li a").ToArray() ?? [];
        Assert.Equal(listed, links.Length);
        Assert.All(links, a => Assert.Equal(a.TextContent, page.GetElementById(a.GetAttribute("href")![1..])!.TextContent.Replace(" #", "")));
    }

    [Fact]
    public void Headings_HaveUniqueIds_AndASelfLinkNamedByTheHeading()
    {
        var page = Page("## Why now?\n\nA.\n\n## Why now?\n\nB.\n\n## Related heading\n\nC.\n");

        var headings = page.QuerySelectorAll(".brief-body h2");
        Assert.Equal(["why-now", "why-now-2", "related-heading-2"], headings.Select(h => h.Id));
        Assert.Equal(page.QuerySelectorAll("[id]").Length, page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
        Assert.All(headings, h =>
        {
            var anchor = h.QuerySelector("a.heading-anchor")!;
            Assert.Equal("#" + h.Id, anchor.GetAttribute("href"));
            Assert.Equal(h.Id, anchor.GetAttribute("aria-labelledby"));
            Assert.Equal("true", anchor.QuerySelector("span")!.GetAttribute("aria-hidden"));
        });
    }

    [Theory]
    [InlineData(230, "1 min read")]
    [InlineData(231, "2 min read")]
    public void Byline_SaysTheReadingTime_OfTheBodyAt230WordsAMinute(int words, string shown)
    {
        var page = Page("## Two words\n\n" + string.Join(' ', Enumerable.Repeat("word", words - 2)) + "\n");

        Assert.Equal(shown, page.QuerySelector(".meta .reading-time")?.TextContent);
    }

    [Fact]
    public void BriefWithoutRelatedStories_ListsOtherBriefsOnItsTopics_BriefWithThem_OnlyItsOwn()
    {
        var pages = Pages(
            ("a", "---\ntitle: A\ndate: 2025-01-01\ntopics: [Trade]\n---\n\nBody.\n"),
            ("b", "---\ntitle: B\ndate: 2025-02-01\ntopics: [Trade]\nrelated:\n  - label: Own\n    summary: Chosen by the seed.\n---\n\nBody.\n"),
            ("c", "---\ntitle: C\ndate: 2025-03-01\ntopics: [Oceans]\n---\n\nBody.\n"));

        var more = pages["a"].QuerySelector("aside.more-on-topics");
        Assert.Equal("More on these topics", more!.QuerySelector("h2")!.TextContent);
        Assert.Equal(["../../briefs/b/"], more.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(pages["b"].QuerySelector("aside.more-on-topics"));
        Assert.NotNull(pages["b"].QuerySelector("aside.related"));
        Assert.Null(pages["c"].QuerySelector("aside.more-on-topics"));
    }
}
