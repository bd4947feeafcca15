using AngleSharp.Html.Parser;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Rendering;

/// <summary>The empty hook partials of the default templates: one small file in the site's templates fills one.</summary>
public sealed class HookPartialTests
{
    private const string BriefUrl = "briefs/north-korean-troops-in-russia-a-dangerous-new-phase-in-the-ukraine-war/index.html";
    private const string Analytics = "<script defer src=\"https://stats.example.org/script.js\" data-site=\"{{ site.title }}\"></script>";

    private static BriefGen.Output.InMemorySiteWriter BuildWithHook(string hook, string text)
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "_partials", "hooks"));
        File.WriteAllText(Path.Combine(dir, "_partials", "hooks", hook + ".sbn-html"), text);
        var (result, writer) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, TemplatesDir = dir });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return writer;
    }

    [Fact]
    public void HeadEndHook_AddsAnAnalyticsTag_ToTheHeadOfEveryHtmlFile()
    {
        var writer = BuildWithHook("head-end", Analytics);

        var html = writer.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains("404.html", html);
        Assert.All(html, path =>
        {
            var doc = new HtmlParser().ParseDocument(writer.ReadText(path));
            var script = Assert.Single(doc.QuerySelectorAll("script[data-site]"));
            Assert.Equal("head", script.ParentElement!.LocalName);
            Assert.Same(doc.Head!.LastElementChild, script);
            Assert.Equal("Policy Briefs", script.GetAttribute("data-site"));
        });
    }

    [Theory]
    [InlineData("body-start", "index.html", "body > .hook:first-child")]
    [InlineData("body-end", "404.html", "body > .hook:last-child")]
    [InlineData("brief-header-end", BriefUrl, "article.brief > header.brief-header > .hook:last-child")]
    [InlineData("brief-end", BriefUrl, "article.brief > .hook:last-child")]
    [InlineData("list-item-end", "index.html", "li.card > article > .hook:last-child")]
    public void Hook_PlacesItsMarkup_WhereItsNameSays(string hook, string path, string selector)
    {
        var writer = BuildWithHook(hook, "<div class=\"hook\">{{ page.title }}</div>");

        var doc = new HtmlParser().ParseDocument(writer.ReadText(path));
        Assert.NotEmpty(doc.QuerySelectorAll(selector));
        Assert.Equal(doc.QuerySelectorAll(".hook").Length, doc.QuerySelectorAll(selector).Length);
    }
}
