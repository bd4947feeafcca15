using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// A Markdown body as authors write it: one document per brief, so reference links and footnotes resolve across blocks
/// and sections; the GitHub-flavoured extensions on by default; no Markdown syntax left in any output; the author's
/// words never rewritten.
/// </summary>
public sealed class MarkdownBodyTests
{
    /// <summary>A table, footnotes referenced from two sections and defined in a third, and a reference link defined in another block.</summary>
    private const string Body = """
        Intro cites a source[^src] and the [annual report][report].

        | Country | Share of output |
        |---------|----------------:|
        | Chile   | 39%             |
        | Peru    | 12%             |

        ## Findings

        A second note[^second] and the first again[^src]; ~~old figures~~ dropped, details at www.example.org.

        - [x] drafted
        - [ ] reviewed

        [report]: https://example.org/report "The report"

        ## Sources

        [^src]: The source, with the [report][report].
        [^second]: Another note.

        """;

    private const string FrontMatter = "title: Lithium\nsummary: Where lithium comes from.\ndate: 2025-06-05\n";

    [Fact]
    public void Brief_WithTableFootnotesAndReferenceLinks_RendersThem()
    {
        var site = Build(Body);
        var page = Html(site.Page);
        var body = page.QuerySelector(".brief-body")!;

        var box = Assert.Single(body.QuerySelectorAll("div.table-scroll"));
        Assert.Equal(("0", "region", "Country, Share of output"), (box.GetAttribute("tabindex"), box.GetAttribute("role"), box.GetAttribute("aria-label")));
        Assert.Equal(["Chile", "39%", "Peru", "12%"], box.QuerySelectorAll("table > tbody td").Select(td => td.TextContent));

        Assert.Equal(["annual report", "report"], page.QuerySelectorAll("a[href='https://example.org/report']").Select(a => a.TextContent));
        Assert.Equal(["#fn:1", "#fn:2", "#fn:1"], body.QuerySelectorAll("p a.footnote-ref").Select(a => a.GetAttribute("href")));

        var notes = Assert.Single(page.QuerySelectorAll("section.footnotes"));
        Assert.Same(body.LastElementChild, notes); // after the sections
        Assert.Equal(("H2", "Notes"), (notes.FirstElementChild!.TagName, notes.FirstElementChild.TextContent)); // a named section
        Assert.Equal(["fn:1", "fn:2"], notes.QuerySelectorAll("ol > li").Select(li => li.Id));
        Assert.StartsWith("The source, with the report", notes.QuerySelector("li")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["#fnref:1", "#fnref:2", "#fnref:3"], notes.QuerySelectorAll("a.footnote-back-ref").Select(a => a.GetAttribute("href")));
        foreach (var link in page.QuerySelectorAll("a[href^='#']"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Distinct(), ids);

        Assert.Equal("old figures", body.QuerySelector("del")!.TextContent);
        Assert.NotNull(body.QuerySelector("a[href='https://www.example.org']"));
        var tasks = body.QuerySelectorAll("li.task-list-item > label"); // the label names the box (axe: form elements have labels)
        Assert.Equal([("drafted", true), ("reviewed", false)], tasks.Select(l => (l.TextContent.Trim(), l.QuerySelector("input[type=checkbox][disabled]")!.HasAttribute("checked"))));
        Assert.DoesNotContain("[^", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("][", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_WithFootnotes_InAnotherLanguage_HeadsThemInIt()
    {
        var notes = Html(Build(Body, "language: de\n").Page).QuerySelector("section.footnotes > h2")!;

        Assert.Equal("Anmerkungen", notes.TextContent);
    }

    [Fact]
    public void Brief_SameBody_SameFootnoteIds()
        => Assert.Equal(Build(Body).Page, Build(Body).Page);

    /// <summary>The content model keeps every block's source, the definitions' too: only the HTML changed.</summary>
    [Fact]
    public void BriefJson_KeepsEveryBlockAsWritten()
    {
        var sections = JsonDocument.Parse(Build(Body).Json).RootElement.GetProperty("sections");

        Assert.Equal(
            ["[report]: https://example.org/report \"The report\""],
            sections[1].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).Where(p => p!.StartsWith('[')));
        Assert.Equal(
            ["[^src]: The source, with the [report][report].\n[^second]: Another note."],
            sections[2].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
    }

    /// <summary>What shows a brief outside its page is taken from rendered text: no footnote mark or reference link as written.</summary>
    [Fact]
    public void NoMarkdownSyntax_ReachesDescriptionJsonLdOrFeed()
    {
        var site = Build(Body);
        var page = Html(site.Page);
        var feed = System.Xml.Linq.XDocument.Parse(site.Feed);
        var atom = (System.Xml.Linq.XNamespace)"http://www.w3.org/2005/Atom";
        var content = Html(feed.Descendants(atom + "content").Single().Value);

        string[] shown =
        [
            page.QuerySelector("meta[name=description]")!.GetAttribute("content")!,
            page.QuerySelector("meta[property='og:description']")!.GetAttribute("content")!,
            page.QuerySelector("script[type='application/ld+json']")!.TextContent,
            feed.Descendants(atom + "summary").Single().Value,
            content.Body!.TextContent,
            site.Index,
        ];
        Assert.All(shown, text => Assert.DoesNotContain("[^", text, StringComparison.Ordinal));
        Assert.All(shown, text => Assert.DoesNotContain("][", text, StringComparison.Ordinal));
        Assert.Equal(3, content.QuerySelectorAll("a.footnote-ref").Length);
        Assert.Single(content.QuerySelectorAll("section.footnotes"));
    }

    /// <summary>Licensed texts are often "no derivatives": quotes, dashes, ellipses and emoji shortcodes stay as typed.</summary>
    [Fact]
    public void AuthorsWords_AreNotRewritten()
    {
        const string words = "\"Quoted\" and 'single' -- or --- then... :smile: (c) <<x>> 1/2";

        var text = Html(Build("A *table-free* paragraph: " + words + "\n").Page).QuerySelector(".brief-body p")!.TextContent;

        Assert.Equal("A table-free paragraph: " + words, text);
    }

    [Fact]
    public void ExtensionsTurnedOff_LeaveCommonMark()
    {
        var page = Html(Build(Body, "markdown:\n  extensions: []\n").Page);

        Assert.Empty(page.QuerySelectorAll("table, del, main input, section.footnotes, a.footnote-ref, a[href='https://www.example.org']"));
        Assert.Equal(2, page.QuerySelectorAll("a[href='https://example.org/report']").Length); // reference links are CommonMark
    }

    [Fact]
    public void OneExtensionTurnedOn_OnlyItApplies()
    {
        var page = Html(Build(Body, "markdown: { extensions: [tables] }\n").Page);

        Assert.Single(page.QuerySelectorAll(".table-scroll > table"));
        Assert.Empty(page.QuerySelectorAll("del, main input, section.footnotes"));
    }

    private static IDocument Html(string html) => new HtmlParser().ParseDocument(html);

    private sealed record BuiltBrief(string Page, string Json, string Feed, string Index);

    private static BuiltBrief Build(string body, string config = "")
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "baseUrl: https://example.org/\n" + config);
        File.WriteAllText(Path.Combine(dir, "seeds", "b.md"), "---\n" + FrontMatter + "---\n\n" + body, new UTF8Encoding(false));
        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir }, _ => writer);
        Assert.Empty(result.Diagnostics);
        var page = writer.Files.Keys.Single(k => k.StartsWith("briefs/", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal) && k.Count(c => c == '/') == 2);
        return new BuiltBrief(writer.ReadText(page), writer.ReadText(page.Replace("index.html", "brief.json", StringComparison.Ordinal)), writer.ReadText("feed.xml"), writer.ReadText("briefs.json"));
    }
}
