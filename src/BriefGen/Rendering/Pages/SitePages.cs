using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Hashing;
using BriefGen.Model;
using BriefGen.Model.Json;
using BriefGen.Reading;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using Scriban.Runtime;
using SiteModel = BriefGen.Site.Site;

namespace BriefGen.Rendering.Pages;

/// <summary>
/// Plans every generated file of the site (pages, feeds, JSON) as <see cref="OutputJob"/>s, in a fixed order. The
/// plan is cheap: it only says what each file is made from; the work (Markdown, templates) happens when a job runs,
/// in parallel.
/// </summary>
internal sealed partial class SitePages
{
    private readonly SiteModel _site;
    private readonly PageRenderer _renderer;
    private readonly ScriptModel _model;
    private readonly SiteStrings _strings;
    private readonly ScriptObject _siteObject;

    /// <summary>
    /// The variables the default layout reads that only some page templates set (<c>head_extra</c>: the brief's
    /// JSON-LD): declared null for every page, so reading them is not an unknown variable (BG3008).
    /// </summary>
    private static readonly string[] OptionalLayoutInputs = ["head_extra"];

    /// <summary>The site-relative URLs the menus link to: a page at one of them is the current entry (<c>page.menu_current</c>).</summary>
    private readonly HashSet<string> _menuUrls;

    /// <summary>
    /// The search index, made once (the plan is enumerated twice when the render counts it) and beside the first
    /// pages' rendering: its files come near the end of the plan, and the render loop plans under one lock, so an index
    /// made there kept the other worker waiting.
    /// </summary>
    private readonly Task<SearchIndex>? _searchIndex;

    public SitePages(SiteModel site, PageRenderer renderer, SiteStrings strings, SiteIcon icon)
    {
        _site = site;
        _renderer = renderer;
        _strings = strings;
        _model = new ScriptModel(site, strings);
        _siteObject = SiteObject(site, strings, icon);
        _menuUrls = [.. site.Menu.Concat(site.FooterMenu).Where(l => !l.External).Select(l => l.Url)];
        _searchIndex = site.Config.Search ? Task.Run(() => SearchIndex.Build(site)) : null;
    }

    /// <summary>The <c>site</c> variable every page sees.</summary>
    public ScriptObject SiteVariable => _siteObject;

    private string? BaseUrl => _site.Config.BaseUrl;

    /// <summary>
    /// The files, in plan order, made as they are enumerated: the render loop starts on the first while the rest are
    /// planned. The sitemap lists the pages planned before it, in plan order.
    /// </summary>
    public IEnumerable<OutputJob> Plan()
    {
        var sitemap = new List<SitemapEntry>(_site.Briefs.Count * 2);
        foreach (var page in ContentPages())
        {
            if (page is TemplatePage { Url: { } url } listed)
            {
                sitemap.Add(new SitemapEntry(url, listed.LastModified));
            }

            yield return page;
        }

        var notFound = _strings.Text("not_found_title");
        yield return new VariablesPage(this, "404.html", null, new PageHead("404.sbn-html", notFound, Describe(null, "description_page", notFound)), () => []);
        yield return new FunctionJob("briefs.json", _ => BriefIndexJson.Write(_site.Briefs), h => AddBriefs(h, _site.Briefs, 0, _site.Briefs.Count));
        yield return Text("robots.txt", "robots.sbn-txt", () => []);
        if (_site.Config.Search)
        {
            foreach (var job in Search())
            {
                yield return job;
            }
        }

        if (BaseUrl is not null)
        {
            yield return Text("feed.xml", "feed.sbn-xml", Feed, HashFeed);
            foreach (var job in Sitemaps(sitemap))
            {
                yield return job;
            }
        }
    }

    /// <summary>The pages readers reach by links (each brief's page and JSON, the lists, the taxonomies), in plan order.</summary>
    private IEnumerable<OutputJob> ContentPages()
    {
        foreach (var b in _site.Briefs)
        {
            yield return new BriefPage(this, PermalinkPattern.FileOf(b.Url), b);
            if (_site.Config.BriefJson)
            {
                yield return new BriefJsonFile(this, PermalinkPattern.JsonFileOf(b.Url), b);
            }
        }

        foreach (var job in List(new BriefList("", _site.Briefs, []), new PageHead("index.sbn-html", _site.Config.Title, Describe(null, "description_home", _site.Config.Title))))
        {
            yield return job;
        }

        foreach (var page in _site.Pages)
        {
            yield return new StandalonePageJob(this, page);
        }

        foreach (var taxonomy in _site.Taxonomies)
        {
            var terms = ScriptModel.List(taxonomy.Terms, ScriptModel.Term);
            var title = _strings.Text(taxonomy.Key);
            yield return new VariablesPage(this, taxonomy.Url + "index.html", taxonomy.Url, new PageHead(taxonomy.Key + ".sbn-html", title, Describe(null, "description_terms", title)), () => [("terms", terms), ("taxonomy", Taxonomy(taxonomy))]);
            var singular = taxonomy.Key[..^1]; // topics → topic.sbn-html, and the strings table's word for one topic
            var template = singular + ".sbn-html";
            var kind = _strings.Text(singular);
            foreach (var term in taxonomy.Terms)
            {
                var list = new BriefList(term.Url, term.Briefs, [("term", ScriptModel.Term(term)), ("taxonomy", Taxonomy(taxonomy))]);
                foreach (var job in List(list, new PageHead(template, term.Name, Describe(null, "description_term", term.Name, kind))))
                {
                    yield return job;
                }
            }
        }
    }

    /// <summary>
    /// One <c>sitemap.xml</c> while the URLs fit one file; beyond the limit, <c>sitemap.xml</c> becomes an index of
    /// <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>… so robots.txt and the footer link stay valid.
    /// </summary>
    private IEnumerable<OutputJob> Sitemaps(IReadOnlyList<SitemapEntry> sitemap)
    {
        var limit = Math.Max(1, _site.Config.SitemapUrlLimit);
        if (sitemap.Count <= limit)
        {
            yield return Text("sitemap.xml", "sitemap.sbn-xml", () => [("urls", SitemapUrls(sitemap, 0, sitemap.Count))], h => HashSitemap(h, sitemap, 0, sitemap.Count));
            yield break;
        }

        var parts = (sitemap.Count + limit - 1) / limit;
        for (var i = 0; i < parts; i++)
        {
            var start = i * limit;
            var count = Math.Min(limit, sitemap.Count - start);
            yield return Text($"sitemap-{i + 1}.xml", "sitemap.sbn-xml", () => [("urls", SitemapUrls(sitemap, start, count))], h => HashSitemap(h, sitemap, start, count));
        }

        yield return Text("sitemap.xml", "sitemap-index.sbn-xml", () => [("sitemaps", ScriptModel.List(Enumerable.Range(1, parts), n => ScriptModel.Obj(("loc", $"{BaseUrl}sitemap-{n}.xml"))))]);
    }

    private void HashSitemap(InputHasher h, IReadOnlyList<SitemapEntry> sitemap, int start, int count)
    {
        h.Add(BaseUrl).Add(count);
        for (var i = start; i < start + count; i++)
        {
            h.Add(sitemap[i].Url).Add(sitemap[i].LastModified);
        }
    }

    private ScriptArray SitemapUrls(IReadOnlyList<SitemapEntry> sitemap, int start, int count)
        => ScriptModel.List(sitemap.Skip(start).Take(count), u => ScriptModel.Obj(("loc", BaseUrl + u.Url), ("lastmod", u.LastModified)));

    /// <summary>The pages of a paginated list of briefs; <paramref name="head"/> is the first page's, the others' titles say their number.</summary>
    private IEnumerable<OutputJob> List(BriefList list, PageHead head)
    {
        var size = Math.Max(1, _site.Config.PageSize);
        var total = ListPaging.PageCount(list.Briefs.Count, size);
        for (var n = 1; n <= total; n++)
        {
            var number = n;
            var url = ListPaging.PageUrl(list.BaseUrl, number);
            var first = (number - 1) * size;
            var count = Math.Min(size, list.Briefs.Count - first);
            var pageHead = number == 1 ? head : head with { Title = _strings.Format("list_page_title", new Dictionary<string, object?> { ["title"] = head.Title, ["page"] = number }) };
            yield return new ListPage(this, url, pageHead, new ListSlice(list, number, total, first, count));
        }
    }

    /// <summary>A text file (feed, sitemap, robots.txt); <paramref name="identity"/> hashes its inputs more cheaply than its variables would.</summary>
    private FunctionJob Text(string file, string template, Func<(string, object?)[]> vars, Action<InputHasher>? identity = null)
        => new(file, scope => Render(template, file, scope, [("page", ScriptModel.Obj(("root", "./"), ("url", file))), .. vars()]), h =>
        {
            h.Add(template);
            if (identity is null)
            {
                AddVars(h, vars());
            }
            else
            {
                identity(h);
            }
        });

    private static InputHasher AddVars(InputHasher hasher, (string Name, object? Value)[] vars)
    {
        hasher.Add(vars.Length);
        foreach (var (name, value) in vars)
        {
            hasher.Add(name).AddValue(value);
        }

        return hasher;
    }

    private ReadOnlyMemory<byte>? Render(string template, string file, RenderScope scope, (string Name, object? Value)[] vars)
    {
        var globals = new ScriptObject { ["site"] = _siteObject };
        foreach (var name in OptionalLayoutInputs)
        {
            globals[name] = null; // a page template that sets it replaces it
        }

        foreach (var (name, value) in vars)
        {
            globals[name] = value;
        }

        return _renderer.Render(template, globals, file, scope);
    }

    /// <summary>A brief's <c>brief.json</c>, encoded from a pooled buffer (it ends in "}\n", which the encoding keeps).</summary>
    private static ReadOnlyMemory<byte> JsonBytes(Model.Brief brief)
    {
        var output = OutputPool.Rent();
        try
        {
            BriefJson.Append(output.Builder, brief);
            return PageBytes.Encode(output.Builder);
        }
        finally
        {
            OutputPool.Return(output);
        }
    }

    private List<SiteBrief> FeedEntries() => [.. _site.Briefs.Where(b => b.Date is not null).Take(Math.Max(0, _site.Config.FeedSize))];

    /// <summary>The feed shows whole briefs: hash their content instead of rendering their Markdown to find out.</summary>
    private void HashFeed(InputHasher h)
    {
        var entries = FeedEntries();
        AddBriefs(h, entries, 0, entries.Count, listed: false);
    }

    /// <summary>
    /// What a page shows of a brief's own fields (JSON, feed entry, the page itself) is a function of the brief's content
    /// and URL (taxonomy links follow from names): hashing those stands for the objects built from them.
    /// </summary>
    private InputHasher AddBrief(InputHasher h, SiteBrief b) => h.Add(b.Hashes.Content).Add(b.Url);

    /// <summary>
    /// What a template is given of a whole brief (its page, a feed entry): besides <see cref="AddBrief"/>, the other
    /// briefs it lists on its topics, as cards show them; another brief's edit, arrival or departure can change that list.
    /// </summary>
    private InputHasher AddWholeBrief(InputHasher h, SiteBrief b)
    {
        AddBrief(h, b);
        var more = b.MoreOnTopics;
        h.Add(more.Count);
        for (var i = 0; i < more.Count; i++)
        {
            h.Add(more[i].Hashes.Listed).Add(more[i].Url);
        }

        return h;
    }

    /// <summary>
    /// The briefs a page shows whole (the feed) or, when <paramref name="listed"/>, as lists show them: cards and
    /// <c>briefs.json</c> are made from slim briefs, so an edit of a body re-renders none of them.
    /// </summary>
    private void AddBriefs(InputHasher h, IReadOnlyList<SiteBrief> briefs, int start, int count, bool listed = true)
    {
        h.Add(count);
        for (var i = start; i < start + count; i++)
        {
            var b = briefs[i];
            if (listed)
            {
                h.Add(b.Hashes.Listed).Add(b.Url);
            }
            else
            {
                AddWholeBrief(h, b);
            }
        }
    }

    private (string, object?)[] Feed()
    {
        var bag = new DiagnosticBag(); // unsafe-link warnings were reported by the brief pages already
        var entries = FeedEntries();
        var updated = entries.Count == 0 ? "1970-01-01T00:00:00Z" : entries.Max(b => b.Date!.Instant).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return [("entries", ScriptModel.List(entries, b => _model.Full(b, bag))), ("feed", ScriptModel.Obj(("updated", updated)))];
    }

    /// <summary>
    /// A page's meta description: its own (a brief's summary, a page's <c>description</c>), else the site's, else a
    /// sentence of the strings table (<paramref name="key"/>) made of the site's title, the page's and the page's kind,
    /// so no page is without one.
    /// </summary>
    private string Describe(string? own, string key, string title, string? kind = null)
        => Given(own) ?? Given(_site.Config.Description)
            ?? _strings.Format(key, new Dictionary<string, object?> { ["site"] = _site.Config.Title, ["title"] = title, ["kind"] = kind });

    /// <summary>
    /// The absolute URL of a brief's image for link previews: its URL resolved against the brief page's public URL, as
    /// a browser resolves the page's <c>img</c>; null without a base URL, or when the URL is not an http(s) link a
    /// page may print (<see cref="UrlSafety"/>).
    /// </summary>
    private string? ShareImageUrl(SiteBrief b)
        => BaseUrl is null || b.Brief.Image?.Url is not { Length: > 0 } url || !UrlSafety.IsSafe(url)
            || !Uri.TryCreate(new Uri(BaseUrl + b.Url), url, out var absolute) || absolute.Scheme is not ("http" or "https")
            ? null : absolute.AbsoluteUri;

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private string RootPath() => BaseUrl is null ? "/" : new Uri(BaseUrl).AbsolutePath;

    /// <summary>A taxonomy, named in the site's language: its key (<c>topics</c>) and its singular (<c>topic</c>) are keys of the strings table.</summary>
    private ScriptObject Taxonomy(Taxonomy t) => ScriptModel.Obj(("key", t.Key), ("title", _strings.Text(t.Key)), ("singular", _strings.Text(t.Key[..^1])), ("url", t.Url));

    private static ScriptObject SiteObject(SiteModel site, SiteStrings strings, SiteIcon icon)
    {
        var c = site.Config;
        var menu = ScriptModel.Menu(site.Menu, strings);
        return ScriptModel.Obj(("title", c.Title), ("description", c.Description), ("base_url", c.BaseUrl), ("language", c.Language),
            ("direction", strings.Language.RightToLeft ? "rtl" : "ltr"),
            ("publisher", c.Publisher), ("favicon", icon.Path), ("show_related", c.ShowRelated), ("brief_count", site.Briefs.Count), ("menu", menu), ("nav", menu),
            ("footer_menu", ScriptModel.Menu(site.FooterMenu, strings)),
            ("topics_url", site.Taxonomies.Contains(site.Topics) ? site.Topics.Url : null), ("search_url", c.Search ? "search/" : null),
            ("stylesheet", "assets/style.css"), ("feed_url", c.BaseUrl is null ? null : "feed.xml"), ("sitemap_url", c.BaseUrl is null ? null : "sitemap.xml"),
            ("feed_abs_url", c.BaseUrl is null ? null : c.BaseUrl + "feed.xml"), ("sitemap_abs_url", c.BaseUrl is null ? null : c.BaseUrl + "sitemap.xml"));
    }
}
