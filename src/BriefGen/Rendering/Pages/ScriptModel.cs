using System.Collections.Concurrent;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;
using BriefGen.Reading.Markdown;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Markup;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using Scriban.Runtime;
using SiteModel = BriefGen.Site.Site;

namespace BriefGen.Rendering.Pages;

/// <summary>
/// The explicit mapping from the model to what templates see, in snake_case (<c>brief.kind_description</c>).
/// Nothing is exposed by reflection, so renaming a C# member never changes a template's variables. URLs are
/// site-relative (<c>briefs/x/</c>); templates prefix <c>page.root</c>; a URL from a seed is kept as written here and
/// read as null by templates when it is not safe to link (<see cref="BriefTemplateContext"/>). Shared objects are read-only.
/// </summary>
internal sealed class ScriptModel
{
    /// <summary>Cards kept for reuse across list pages and brief pages: every card of a 20,000-brief site.</summary>
    private const int MaxKeptCards = 20_000;

    private readonly SiteModel _site;
    private readonly MarkdownRenderer _markdown;
    private readonly SiteStrings _strings;
    private readonly ConcurrentDictionary<SiteBrief, ScriptObject> _cards = new(ReferenceEqualityComparer.Instance as IEqualityComparer<SiteBrief>);

    public ScriptModel(SiteModel site, SiteStrings strings)
    {
        _site = site;
        _strings = strings;
        _markdown = new MarkdownRenderer(site.Config.AllowRawHtml, site.Config.MarkdownExtensions, new MarkupWords(strings.Text("table"), strings.Text("notes")));
    }

    /// <summary>
    /// The fields of a brief that list pages (and other briefs' "More on these topics") show, read-only and shared:
    /// built once while the cards kept fit <see cref="MaxKeptCards"/> (a list page of a large site would otherwise keep
    /// ~3 KB for every brief until the build ends); past it, built for each use. Its content is the same either way.
    /// </summary>
    public ScriptObject Card(SiteBrief b)
        => _cards.TryGetValue(b, out var card) ? card : _cards.Count < MaxKeptCards ? _cards.GetOrAdd(b, NewCard) : NewCard(b);

    private ScriptObject NewCard(SiteBrief b)
    {
        var o = new ScriptObject();
        AddCardMembers(o, b);
        o.IsReadOnly = true;
        return o;
    }

    /// <summary>
    /// Everything a brief page shows; Markdown is rendered here, once. Unsafe links are reported into
    /// <paramref name="diagnostics"/>; null after reporting that the brief could not be read again.
    /// </summary>
    public ScriptObject? Full(SiteBrief b, DiagnosticBag diagnostics)
    {
        if (_site.Full(b, diagnostics) is not { } brief)
        {
            return null;
        }

        var o = new LazyScriptObject();
        AddCardMembers(o, b); // fresh lists: a page that changes its brief's lists cannot change the shared cards
        var body = brief.Format == BriefFormat.Markdown ? _markdown.RenderBody(brief.Sections, UnsafeLinkReporter(b.SourcePath, diagnostics)) : null;
        var sections = Sections(b, brief, body, diagnostics);
        var footnotes = body?.FootnotesHtml is { } notes ? new RawHtml(notes) : null;
        o["topics"] = List(brief.Topics, t => Obj(("name", t), ("url", Url(_site.Topics, t))));
        o["image"] = brief.Image is null ? null : Obj(("caption", brief.Image.Caption), ("credit", brief.Image.Credit), ("url", brief.Image.Url));
        o["sections"] = sections;
        o["toc"] = List(sections.Cast<ScriptObject>().Where(s => s["heading"] is not null), s => s);
        o["reading_minutes"] = new Lazy<object?>(() => ReadingTime.Minutes(sections.Cast<ScriptObject>().Sum(SectionWords)));
        o["footnotes_html"] = footnotes;
        o["content_html"] = new Lazy<object?>(() => new RawHtml(ContentHtml(sections, footnotes)));
        o["disclaimer"] = brief.Disclaimer;
        o["license"] = brief.License is null ? null : Obj(("id", brief.License.Id), ("label", brief.License.Label), ("name", brief.License.Name), ("url", brief.License.Url));
        o["related"] = List(brief.Related, r => Obj(("label", r.Label), ("summary", r.Summary)));
        o["more_on_topics"] = brief.Related.Count == 0 ? List(b.MoreOnTopics, Card) : new ScriptArray(); // the seed's own choice comes first
        o["format"] = brief.Format == BriefFormat.Markdown ? "markdown" : "text";
        o["json_url"] = _site.Config.BriefJson ? PermalinkPattern.JsonFileOf(b.Url) : null;
        o["keywords"] = string.Join(", ", brief.Topics);
        o.IsReadOnly = true;
        return o;
    }

    /// <summary>The card's members, written into <paramref name="o"/> (a card, or a brief page's object: each gets its own lists).</summary>
    private void AddCardMembers(ScriptObject o, SiteBrief b)
    {
        var brief = b.Brief;
        o["title"] = brief.Title;
        o["slug"] = brief.Slug;
        o["url"] = b.Url;
        o["kind"] = brief.Kind;
        o["kind_url"] = Url(_site.Kinds, brief.Kind);
        o["kind_description"] = brief.KindDescription;
        o["program"] = brief.Program;
        o["program_url"] = Url(_site.Programs, brief.Program);
        o["summary"] = brief.Summary;
        o["published"] = brief.Published;
        o["has_date"] = b.Date is not null;
        o["date_human"] = b.Date is { } date ? _strings.Date(date) : null;
        o["date_rfc3339"] = b.Date?.Rfc3339;
        o["authors"] = List(brief.Authors, a => Obj(("name", a.Name), ("bio", a.Bio), ("url", Url(_site.Authors, a.Name))));
    }

    /// <summary>A standalone page's body as HTML, rendered with the briefs' Markdown pipeline and link-safety rule.</summary>
    public RawHtml PageHtml(SitePage page, DiagnosticBag diagnostics) => new(MarkdownHtml(page.Page.SourcePath, page.Page.Body, diagnostics));

    /// <summary>
    /// A menu's links; a site-relative URL is printed after <c>page.root</c>, an external one as it is. An entry of the
    /// default menu is named in the site's language.
    /// </summary>
    public static ScriptArray Menu(IReadOnlyList<MenuLink> links, SiteStrings strings)
        => List(links, l => Obj(("title", l.Label is { } label ? strings.Text(label) : l.Title), ("url", l.Url), ("external", l.External)));

    /// <summary>A topic, author, program or kind.</summary>
    public static ScriptObject Term(TaxonomyTerm t)
        => Obj(("name", t.Name), ("slug", t.Slug), ("url", t.Url), ("count", t.Briefs.Count), ("bio", t.Bio));

    /// <summary>A read-only object from name/value pairs.</summary>
    public static ScriptObject Obj(params (string Name, object? Value)[] members)
    {
        var o = new ScriptObject(members.Length);
        foreach (var (name, value) in members)
        {
            o[name] = value;
        }

        o.IsReadOnly = true;
        return o;
    }

    /// <summary>A script array of mapped items.</summary>
    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object?> map)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(map(item));
        }

        return array;
    }

    private static string? Url(Taxonomy taxonomy, string? name) => name is null ? null : taxonomy.Find(name)?.Url;

    private ScriptArray Sections(SiteBrief b, Brief brief, RenderedBody? body, DiagnosticBag diagnostics)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { "content", "top", "related-heading", "more-on-topics-heading" }; // the page's own ids
        var sections = new ScriptArray();
        for (var s = 0; s < brief.Sections.Count; s++)
        {
            var section = brief.Sections[s];
            var id = section.Heading is null ? null : UniqueId(Slug.From(section.Heading), ids);
            var paragraphs = new ScriptArray();
            for (var p = 0; p < section.Paragraphs.Count; p++)
            {
                var block = section.Paragraphs[p];
                paragraphs.Add(new RawHtml(body is null ? TextHtml(block) : body.Sections[s][p] ?? RefusedHtml(b.SourcePath, block, diagnostics)));
            }

            sections.Add(Obj(("heading", section.Heading), ("id", id), ("paragraphs", paragraphs)));
        }

        return sections;
    }

    /// <summary>A Markdown document's HTML; a document Markdig refuses is printed as text, with a warning.</summary>
    private string MarkdownHtml(string sourcePath, string markdown, DiagnosticBag diagnostics)
        => _markdown.Render(markdown, UnsafeLinkReporter(sourcePath, diagnostics)) ?? RefusedHtml(sourcePath, markdown, diagnostics);

    private static Action<string> UnsafeLinkReporter(string sourcePath, DiagnosticBag diagnostics)
        => url => diagnostics.Report(Descriptors.UnsafeLink, sourcePath, 0, 0, url);

    /// <summary>Markdown that Markdig refused, printed as text, with a warning.</summary>
    private static string RefusedHtml(string sourcePath, string markdown, DiagnosticBag diagnostics)
    {
        diagnostics.Report(Descriptors.MarkdownBlockAsText, sourcePath, 0, 0, NestingGuard.MaxDepth, MarkdownRenderer.MaxLinkOpeners);
        return TextHtml(markdown);
    }

    private static string TextHtml(string text) => "<p>" + MarkupEscaper.Escape(text) + "</p>";

    private static string UniqueId(string slug, HashSet<string> used)
    {
        var baseId = slug.Length == 0 ? "section" : slug;
        var id = baseId;
        for (var n = 2; !used.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }

    private static int SectionWords(ScriptObject section)
        => (section["heading"] is string h ? ReadingTime.Words(MarkupEscaper.Escape(h)) : 0)
            + ((ScriptArray)section["paragraphs"]!).Sum(p => ReadingTime.Words(((RawHtml)p!).Value));

    /// <summary>The whole body as one piece of HTML (for the feed): the sections, then the footnotes they refer to.</summary>
    private static string ContentHtml(ScriptArray sections, RawHtml? footnotes)
    {
        var html = string.Join("\n", sections.Cast<ScriptObject>().Select(SectionHtml));
        return footnotes is null ? html : html + "\n" + footnotes.Value;
    }

    private static string SectionHtml(ScriptObject section)
    {
        var heading = section["heading"] is string h ? "<h2>" + MarkupEscaper.Escape(h) + "</h2>\n" : "";
        return heading + string.Join("\n", ((ScriptArray)section["paragraphs"]!).Select(p => p?.ToString()));
    }
}
