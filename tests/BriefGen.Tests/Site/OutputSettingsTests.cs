using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BriefGen.Diagnostics;
using BriefGen.Output;
using BriefGen.Site;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>The settings that choose what a site writes: <c>taxonomies</c> and <c>briefJson</c>.</summary>
public sealed class OutputSettingsTests
{
    private const string BriefPage = "briefs/north-korean-troops-in-russia-a-dangerous-new-phase-in-the-ukraine-war/index.html";

    [Fact]
    public void Parse_TaxonomiesAndBriefJson_AreRead()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("taxonomies: [authors, topics]\nbriefJson: false\n", "briefgen.yml", bag);

        Assert.Empty(bag.ToImmutable());
        Assert.Equal(["authors", "topics"], config.Taxonomies);
        Assert.False(config.BriefJson);
        Assert.Equal(["topics", "authors", "programs", "kinds"], new SiteConfig().Taxonomies);
        Assert.True(new SiteConfig().BriefJson);
    }

    [Fact]
    public void Parse_UnknownTaxonomy_IsErrorAtTheValue()
    {
        var bag = new DiagnosticBag();
        SiteConfigLoader.Parse("title: T\ntaxonomies: [topics, tags]\n", "briefgen.yml", bag);

        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal(("BG5002", 2, 13), (d.Id, d.Line, d.Column));
        Assert.Contains("topics, authors, programs and kinds", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TopicsOnlyWithoutBriefJson_WritesNoOtherTermPagesAndLinksNone()
    {
        var writer = Build("taxonomies: [topics]\nbriefJson: false\nsearch: false\n");

        Assert.DoesNotContain(writer.Files.Keys, f => f.StartsWith("authors/", StringComparison.Ordinal) || f.StartsWith("programs/", StringComparison.Ordinal) || f.StartsWith("kinds/", StringComparison.Ordinal));
        Assert.DoesNotContain(writer.Files.Keys, f => f.EndsWith(".json", StringComparison.Ordinal) && f != "briefs.json");
        Assert.Contains("topics/index.html", writer.Files.Keys);
        Assert.Contains("briefs.json", writer.Files.Keys);
        Assert.DoesNotContain("/authors/", writer.ReadText("sitemap.xml"), StringComparison.Ordinal);

        var page = Parse(writer, BriefPage);
        Assert.Empty(page.QuerySelectorAll(".eyebrow a"));
        Assert.Equal(["span", "span"], page.QuerySelectorAll(".eyebrow > *").Select(e => e.LocalName));
        Assert.Equal("Expert Brief", page.QuerySelector(".eyebrow .kind-label")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".brief-header .meta a"));
        Assert.StartsWith("By Liana Fix and Benjamin Harris", page.QuerySelector(".brief-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("nav.topics a"));
        Assert.Equal(["Briefs", "Topics"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        AssertEveryLinkResolves(writer);
    }

    [Fact]
    public void Build_NoTaxonomies_LinksOnlyBriefsAndTheHomePage()
    {
        var writer = Build("taxonomies: []\n");

        Assert.Contains(writer.Files.Keys, f => f.EndsWith("/brief.json", StringComparison.Ordinal));
        Assert.Equal(["Briefs"], Parse(writer, "index.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal(["/"], Parse(writer, "404.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Empty(Parse(writer, BriefPage).QuerySelectorAll("nav.topics a"));
        AssertEveryLinkResolves(writer);
    }

    [Fact]
    public void Build_Defaults_LinkEveryTaxonomy()
    {
        var (_, writer) = TestSite.BuildInMemory(TestSite.Demo);

        var page = Parse(writer, BriefPage);
        Assert.Equal(["../../kinds/expert-brief/", "../../programs/europe-program/"], page.QuerySelectorAll(".eyebrow a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Briefs", "Topics", "Authors", "Programs"], page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal(["/", "/topics/"], Parse(writer, "404.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        AssertEveryLinkResolves(writer);
    }

    [Theory]
    [InlineData("", "briefs/north-korean-troops-in-russia-a-dangerous-new-phase-in-the-ukraine-war/brief.json")]
    [InlineData("permalink: briefs/{slug}-brief.html\n", "briefs/north-korean-troops-in-russia-a-dangerous-new-phase-in-the-ukraine-war-brief.json")]
    [InlineData("permalink: briefs/{slug}-brief.html\nbriefJson: false\n", "")]
    public void Build_JsonUrl_IsTheBriefJsonWritten(string settings, string expected)
    {
        var writer = Build(settings, ("brief.sbn-html", "{{ brief.json_url }}"));

        var page = writer.Files.Keys.Single(f => f.StartsWith("briefs/north-korean", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal(expected, writer.ReadText(page).TrimEnd('\n'));
        Assert.Equal(expected.Length > 0, writer.Files.ContainsKey(expected));
    }

    private static InMemorySiteWriter Build(string settings, params (string Name, string Text)[] templates)
    {
        var dir = TestSite.TempDir();
        var config = Path.Combine(dir, "briefgen.yml");
        File.WriteAllText(config, File.ReadAllText(Path.Combine(TestSite.Demo, "briefgen.yml")) + settings);
        foreach (var (name, text) in templates)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        var (result, writer) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, ConfigFile = config, TemplatesDir = dir });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Directory.Delete(dir, recursive: true);
        return writer;
    }

    private static IHtmlDocument Parse(InMemorySiteWriter writer, string path) => new HtmlParser().ParseDocument(writer.ReadText(path));

    /// <summary>Every relative or rooted link of every page leads to a file the build wrote.</summary>
    private static void AssertEveryLinkResolves(InMemorySiteWriter writer)
    {
        foreach (var file in writer.Files.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var href in Parse(writer, file).QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!))
            {
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith('#'))
                {
                    continue;
                }

                var target = new Uri(new Uri("https://site.test/" + file), href.Split('#')[0]).AbsolutePath.TrimStart('/');
                target = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                Assert.True(writer.Files.ContainsKey(target), $"{file} links {href}, which the build did not write");
            }
        }
    }
}
