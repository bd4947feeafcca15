using System.Xml.Linq;
using BriefGen.Diagnostics;
using BriefGen.Output;
using BriefGen.Rendering;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

public sealed class SitemapIndexTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void ManyUrls_SitemapXml_IsAnIndexOfPartsThatTogetherListEveryUrl()
    {
        var single = Build(50_000);
        var writer = Build(7);

        var index = XDocument.Parse(writer.ReadText("sitemap.xml")).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        var parts = index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value).ToList();
        Assert.Equal(Enumerable.Range(1, parts.Count).Select(n => $"https://example.org/sitemap-{n}.xml"), parts);
        var urls = parts.SelectMany(p => XDocument.Parse(writer.ReadText(p["https://example.org/".Length..])).Root!.Elements(Ns + "url")).ToList();
        Assert.All(parts, p => Assert.True(XDocument.Parse(writer.ReadText(p["https://example.org/".Length..])).Root!.Elements(Ns + "url").Count() <= 7));
        Assert.Equal(XDocument.Parse(single.ReadText("sitemap.xml")).Root!.Elements(Ns + "url").Select(u => u.ToString()), urls.Select(u => u.ToString()));
    }

    private static InMemorySiteWriter Build(int limit)
    {
        var bag = new DiagnosticBag();
        var loader = ExpectedJsonReader.Loader(TestSite.Demo);
        var briefs = loader.Discover(Path.Combine(TestSite.Demo, "seeds"), TestSite.Demo, bag).Select(loader.Load).Select(s => (s.File.DisplayPath, s.Brief!));
        var site = SiteAssembler.Assemble(new SiteConfig { BaseUrl = "https://example.org/", SitemapUrlLimit = limit }, briefs, bag);
        var writer = new InMemorySiteWriter();
        var diagnostics = SiteRenderer.Render(site, new RenderInputs(new TemplateLoader(null, "templates"), null, 2, StringsTables.English), writer);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return writer;
    }
}
