using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// A brief page leaves out what it has no value for: no empty wrapper element, and JSON-LD without null keys or a
/// <c>datePublished</c> that is not ISO 8601, valid JSON whichever optional fields a brief has.
/// </summary>
public sealed partial class BriefMarkupTests
{
    private const string Full =
        "title: Full\nkind: Report\nprogram: Energy\nsummary: A summary.\ndate: 2025-06-05\n" +
        "authors:\n  - name: A. Writer\n    bio: Writes.\ntopics: [Oil]\ndisclaimer: Views are our own.\n" +
        "license:\n  id: cc-by-4.0\n  label: CC BY 4.0\n  name: Creative Commons Attribution 4.0\n  url: https://creativecommons.org/licenses/by/4.0/\n";

    /// <summary>The page of a brief with this front matter (and a body unless <paramref name="body"/> is empty).</summary>
    private static string Page(string frontMatter, string? baseUrl = "https://example.org/", string body = "Body text.\n")
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "seeds", "b.md"), "---\n" + frontMatter + "---\n\n" + body, new UTF8Encoding(false));
        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir, BaseUrl = baseUrl }, _ => writer);
        Assert.False(result.Diagnostics.Any(d => d.IsError), string.Join("\n", result.Diagnostics));
        var brief = writer.Files.Keys.Single(k => k.StartsWith("briefs/", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal) && k.Count(c => c == '/') == 2);
        return writer.ReadText(brief);
    }

    private static JsonElement JsonLd(string page)
    {
        var script = new HtmlParser().ParseDocument(page).QuerySelector("script[type='application/ld+json']")!.TextContent;
        return JsonDocument.Parse(script).RootElement.Clone();
    }

    [Fact]
    public void BriefWithoutKindOrProgram_HasNoEyebrow()
        => Assert.DoesNotContain("eyebrow", Page("title: Plain\n"), StringComparison.Ordinal);

    [Theory]
    [InlineData("title: T\nkind: Report\n", "Report")]
    [InlineData("title: T\nprogram: Energy\n", "Energy")]
    public void BriefWithKindOrProgram_KeepsTheEyebrow(string frontMatter, string text)
        => Assert.Equal(text, new HtmlParser().ParseDocument(Page(frontMatter)).QuerySelector(".eyebrow")!.TextContent.Trim());

    [Fact]
    public void MinimalBrief_HasNoEmptyElement()
    {
        var page = Page("title: Plain\n", body: "");

        var empty = new HtmlParser().ParseDocument(page).QuerySelectorAll("main *")
            .Where(e => e.TextContent.Trim().Length == 0 && e.Children.Length == 0 && e.LocalName is not ("img" or "br" or "hr"))
            .Select(e => e.OuterHtml);
        Assert.Empty(empty);
    }

    [Fact]
    public void JsonLd_FullBrief_HasEveryKey()
    {
        var ld = JsonLd(Page(Full));

        foreach (var key in new[] { "headline", "description", "datePublished", "url", "keywords", "license", "publisher", "author" })
        {
            Assert.True(ld.TryGetProperty(key, out _), key);
        }

        Assert.Equal("2025-06-05", ld.GetProperty("datePublished").GetString());
        Assert.Equal("Writes.", ld.GetProperty("author")[0].GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("title: Plain\n", null)]
    [InlineData("title: Plain\nauthors: [A. Writer]\n", null)]
    [InlineData("title: Plain\nsummary: S\n", "https://example.org/")]
    [InlineData("title: Plain\ndate: June 5 2025\n", "https://example.org/")]
    [InlineData("title: Plain\ndate: \"2025-06-05T10:00:00\"\n", "https://example.org/")]
    public void JsonLd_WithoutAValue_LeavesTheKeyOut(string frontMatter, string? baseUrl)
    {
        var page = Page(frontMatter, baseUrl);

        var ld = JsonLd(page);
        Assert.DoesNotMatch(NullValue(), page);
        Assert.Equal(baseUrl is not null, ld.TryGetProperty("url", out _));
        Assert.False(ld.TryGetProperty("datePublished", out _));
        Assert.False(ld.TryGetProperty("license", out _));
        Assert.False(ld.TryGetProperty("keywords", out _));
        Assert.Equal(frontMatter.Contains("summary", StringComparison.Ordinal), ld.TryGetProperty("description", out _));
    }

    [Theory]
    [InlineData("2025-06-05T10:00:00+02:00")]
    [InlineData("2025-06-05T10:00:00Z")]
    public void JsonLd_DateTimeWithOffset_IsWritten(string date)
        => Assert.Equal(date, JsonLd(Page("title: T\ndate: \"" + date + "\"\n")).GetProperty("datePublished").GetString());

    [GeneratedRegex(@"""[A-Za-z@]+"":\s*null")]
    private static partial Regex NullValue();
}
