using BriefGen.Diagnostics;
using BriefGen.Hashing;
using BriefGen.Rendering.Templates;
using BriefGen.Site;

namespace BriefGen.Rendering.Pages;

internal sealed partial class SitePages
{
    /// <summary>A page the sitemap lists: its site-relative URL and when its content last changed (null: unknown).</summary>
    private readonly record struct SitemapEntry(string Url, string? LastModified);

    /// <summary>What a page's <c>page</c> variable says of it besides where it is, and the template that renders it.</summary>
    /// <param name="Template">The page's template.</param>
    /// <param name="Title">The page's title.</param>
    /// <param name="Description">Its meta description (see <see cref="Describe"/>).</param>
    /// <param name="OgType">Its Open Graph type.</param>
    /// <param name="ImageUrl">The absolute URL of the image link previews show (<c>og:image</c>); null: none.</param>
    private sealed record PageHead(string Template, string Title, string Description, string OgType = "website", string? ImageUrl = null);

    /// <summary>A page rendered from a template: its <c>page</c> variable, the template's own variables and what they are made from.</summary>
    private abstract class TemplatePage(SitePages pages, string file, string? url, PageHead head) : OutputJob(file)
    {
        /// <summary>The page's URL (null: not in the sitemap, and links resolve from the site root).</summary>
        public string? Url => url;

        /// <summary>When the page's content last changed, for the sitemap; null when unknown.</summary>
        public virtual string? LastModified => null;

        protected SitePages Pages => pages;

        /// <summary>The template's variables besides <c>page</c> and <c>site</c>.</summary>
        protected abstract (string, object?)[] Variables(DiagnosticBag diagnostics);

        /// <summary>Adds what the variables are made from: by default the variables themselves.</summary>
        protected virtual void AddInputs(InputHasher hasher) => AddVars(hasher, Variables(new DiagnosticBag()));

        public override ReadOnlyMemory<byte>? Produce(RenderScope scope)
        {
            var depth = Path.Count(c => c == '/');
            var root = url is null ? pages.RootPath() : depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
            var page = ScriptModel.Obj(("title", head.Title), ("description", head.Description), ("url", url), ("root", root),
                ("canonical", url is null || pages.BaseUrl is null ? null : pages.BaseUrl + url), ("og_type", head.OgType), ("image_url", head.ImageUrl), ("template", head.Template),
                ("menu_current", url is not null && pages._menuUrls.Contains(url) ? url : null));
            var variables = Variables(scope.Diagnostics);
            return scope.Diagnostics.HasErrors ? null : pages.Render(head.Template, Path, scope, [("page", page), .. variables]);
        }

        public override void AddIdentity(InputHasher hasher)
        {
            hasher.Add(head.Template).Add(head.Title).Add(head.Description).Add(url).Add(head.OgType).Add(head.ImageUrl);
            AddInputs(hasher);
        }
    }

    /// <summary>A page whose variables a function makes: the few pages of their kind (taxonomy indexes, 404).</summary>
    private sealed class VariablesPage(SitePages pages, string file, string? url, PageHead head, Func<(string, object?)[]> variables)
        : TemplatePage(pages, file, url, head)
    {
        protected override (string, object?)[] Variables(DiagnosticBag diagnostics) => variables();
    }

    /// <summary>A brief's page.</summary>
    private sealed class BriefPage(SitePages pages, string file, SiteBrief brief)
        : TemplatePage(pages, file, brief.Url, new PageHead("brief.sbn-html", brief.Brief.Title, pages.Describe(brief.Brief.Summary, "description_brief", brief.Brief.Title), "article", pages.ShareImageUrl(brief)))
    {
        public override string? LastModified => brief.Date?.Rfc3339;

        protected override (string, object?)[] Variables(DiagnosticBag diagnostics) => [("brief", Pages._model.Full(brief, diagnostics))];

        // No need to build the page's variables (which renders its Markdown) just to learn that nothing changed.
        protected override void AddInputs(InputHasher hasher) => Pages.AddWholeBrief(hasher, brief);
    }

    /// <summary>A standalone page of <c>pages/</c>.</summary>
    private sealed class StandalonePageJob(SitePages pages, SitePage page)
        : TemplatePage(pages, page.File, page.Url, new PageHead("page.sbn-html", page.Page.Title, pages.Describe(page.Page.Description, "description_page", page.Page.Title)))
    {
        protected override (string, object?)[] Variables(DiagnosticBag diagnostics) => [("body_html", Pages._model.PageHtml(page, diagnostics))];

        // Its HTML is a function of its Markdown: no need to render it to learn that nothing changed.
        protected override void AddInputs(InputHasher hasher) => hasher.Add(page.Page.Body).Add(page.Page.SourcePath);
    }

    /// <summary>A brief's <c>brief.json</c>.</summary>
    private sealed class BriefJsonFile(SitePages pages, string file, SiteBrief brief) : OutputJob(file)
    {
        public override ReadOnlyMemory<byte>? Produce(RenderScope scope) => pages._site.Full(brief, scope.Diagnostics) is { } full ? JsonBytes(full) : null;

        public override void AddIdentity(InputHasher hasher) => pages.AddBrief(hasher, brief);
    }

    /// <summary>A list of briefs to show on paginated pages, with the template variables every page of it has.</summary>
    /// <param name="BaseUrl">The URL of its first page.</param>
    /// <param name="Briefs">Its briefs, in order.</param>
    /// <param name="Extra">The variables every page of the list has (its term and taxonomy).</param>
    private sealed record BriefList(string BaseUrl, IReadOnlyList<SiteBrief> Briefs, (string, object?)[] Extra);

    /// <summary>Which page of a list a list page is, and the briefs it shows.</summary>
    /// <param name="List">The whole list.</param>
    /// <param name="Number">The page's number, from 1.</param>
    /// <param name="Total">How many pages the list has.</param>
    /// <param name="First">The index of its first brief in the list.</param>
    /// <param name="Count">How many briefs it shows.</param>
    private readonly record struct ListSlice(BriefList List, int Number, int Total, int First, int Count);

    /// <summary>One page of a paginated list of briefs: its cards and its paginator.</summary>
    private sealed class ListPage(SitePages pages, string url, PageHead head, ListSlice slice)
        : TemplatePage(pages, url + "index.html", url, head)
    {
        protected override (string, object?)[] Variables(DiagnosticBag diagnostics)
        {
            var items = ScriptModel.List(slice.List.Briefs.Skip(slice.First).Take(slice.Count), Pages._model.Card);
            return [.. slice.List.Extra, ("paginator", Paginator.Create(slice.List.BaseUrl, slice.Number, slice.Total, items))];
        }

        protected override void AddInputs(InputHasher hasher)
            => Pages.AddBriefs(AddVars(hasher, slice.List.Extra).Add(slice.List.BaseUrl).Add(slice.Number).Add(slice.Total), slice.List.Briefs, slice.First, slice.Count);
    }
}
