using BriefGen.Diagnostics;
using BriefGen.Hashing;
using BriefGen.Rendering.Templates;
using BriefGen.Site;

namespace BriefGen.Rendering.Pages;

internal sealed partial class SitePages
{
    /// <summary>A page rendered from a template: its <c>page</c> variable, the template's own variables and what they are made from.</summary>
    private abstract class TemplatePage(SitePages pages, string file, string? url, string template, string title, string? description, string ogType)
        : OutputJob(file)
    {
        /// <summary>The page's URL (null: not in the sitemap, and links resolve from the site root).</summary>
        public string? Url => url;

        protected SitePages Pages => pages;

        /// <summary>The template's variables besides <c>page</c> and <c>site</c>.</summary>
        protected abstract (string, object?)[] Variables(DiagnosticBag diagnostics);

        /// <summary>Adds what the variables are made from: by default the variables themselves.</summary>
        protected virtual void AddInputs(InputHasher hasher) => AddVars(hasher, Variables(new DiagnosticBag()));

        public override ReadOnlyMemory<byte>? Produce(RenderScope scope)
        {
            var depth = Path.Count(c => c == '/');
            var root = url is null ? pages.RootPath() : depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
            var page = ScriptModel.Obj(("title", title), ("description", description ?? pages._site.Config.Description), ("url", url), ("root", root),
                ("canonical", url is null || pages.BaseUrl is null ? null : pages.BaseUrl + url), ("og_type", ogType), ("template", template));
            var variables = Variables(scope.Diagnostics);
            return scope.Diagnostics.HasErrors ? null : pages.Render(template, Path, scope, [("page", page), .. variables]);
        }

        public override void AddIdentity(InputHasher hasher)
        {
            hasher.Add(template).Add(title).Add(description).Add(url).Add(ogType);
            AddInputs(hasher);
        }
    }

    /// <summary>A page whose variables a function makes: the few pages of their kind (taxonomy indexes, 404).</summary>
    private sealed class VariablesPage(SitePages pages, string file, string? url, string template, string title, Func<(string, object?)[]> variables)
        : TemplatePage(pages, file, url, template, title, null, "website")
    {
        protected override (string, object?)[] Variables(DiagnosticBag diagnostics) => variables();
    }

    /// <summary>A brief's page.</summary>
    private sealed class BriefPage(SitePages pages, string file, SiteBrief brief)
        : TemplatePage(pages, file, brief.Url, "brief.sbn-html", brief.Brief.Title, brief.Brief.Summary, "article")
    {
        protected override (string, object?)[] Variables(DiagnosticBag diagnostics) => [("brief", Pages._model.Full(brief, diagnostics))];

        // No need to build the page's variables (which renders its Markdown) just to learn that nothing changed.
        protected override void AddInputs(InputHasher hasher) => Pages.AddBrief(hasher, brief);
    }

    /// <summary>A brief's <c>brief.json</c>.</summary>
    private sealed class BriefJsonFile(SitePages pages, string file, SiteBrief brief) : OutputJob(file)
    {
        public override ReadOnlyMemory<byte>? Produce(RenderScope scope) => pages._site.Full(brief, scope.Diagnostics) is { } full ? JsonBytes(full) : null;

        public override void AddIdentity(InputHasher hasher) => pages.AddBrief(hasher, brief);
    }

    /// <summary>Which page of which list of briefs a list page is.</summary>
    private readonly record struct ListSlice(string BaseUrl, int Number, int Total, IReadOnlyList<SiteBrief> Briefs, int First, int Count, (string, object?)[] Extra);

    /// <summary>One page of a paginated list of briefs: its cards and its paginator.</summary>
    private sealed class ListPage(SitePages pages, string url, string template, string title, string? description, ListSlice slice)
        : TemplatePage(pages, url + "index.html", url, template, title, description, "website")
    {
        protected override (string, object?)[] Variables(DiagnosticBag diagnostics)
        {
            var items = ScriptModel.List(slice.Briefs.Skip(slice.First).Take(slice.Count), Pages.Card);
            return [.. slice.Extra, ("paginator", Paginator.Create(slice.BaseUrl, slice.Number, slice.Total, items))];
        }

        protected override void AddInputs(InputHasher hasher)
            => Pages.AddBriefs(AddVars(hasher, slice.Extra).Add(slice.BaseUrl).Add(slice.Number).Add(slice.Total), slice.Briefs, slice.First, slice.Count);
    }
}
