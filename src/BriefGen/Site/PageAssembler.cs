using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Site;

/// <summary>
/// Places the standalone pages in an assembled <see cref="Site"/> and resolves its menus: a page whose URL is taken
/// by a generated page or another page is reported naming both (BG2101) and left out; a menu entry naming a page or
/// taxonomy the site does not have is reported at its line of <c>briefgen.yml</c> (BG2102, BG2103).
/// </summary>
/// <param name="site">The assembled site.</param>
/// <param name="configPath"><c>briefgen.yml</c> as diagnostics show it.</param>
/// <param name="diagnostics">Where problems are reported.</param>
/// <param name="holds">Which held content the build includes: a draft page is published only when drafts are.</param>
internal sealed class PageAssembler(Site site, string? configPath, DiagnosticBag diagnostics, HoldPolicy holds)
{
    private Dictionary<string, SitePage> _byKey = [];

    /// <summary>Sets <see cref="Site.Pages"/>, <see cref="Site.Menu"/> and <see cref="Site.FooterMenu"/>.</summary>
    public static void Place(Site site, IReadOnlyList<StandalonePage> pages, string? configPath, DiagnosticBag diagnostics, HoldPolicy holds)
        => new PageAssembler(site, configPath, diagnostics, holds).Place(pages);

    private void Place(IReadOnlyList<StandalonePage> pages)
    {
        var published = pages.Where(p => !p.Draft || !holds.LeavesOut(HoldReasons.Draft)).ToList();
        site.Pages = published.Count == 0 ? [] : Placed(published);
        _byKey = site.Pages.ToDictionary(p => p.Page.Key, StringComparer.Ordinal);
        var menu = site.Config.Menu;
        if (menu.Count > 0 || site.Pages.Any(p => p.Page.Menu == PageMenu.Main))
        {
            // A site whose pages add themselves to the default navigation keeps its entries, named in its language.
            site.Menu = menu.Count > 0 ? Resolve(menu, PageMenu.Main) : [.. site.Menu, .. Listed(PageMenu.Main)];
        }

        site.FooterMenu = Resolve(site.Config.FooterMenu, PageMenu.Footer);
    }

    private List<SitePage> Placed(IReadOnlyList<StandalonePage> pages)
    {
        var taken = GeneratedUrls();
        var placed = new List<SitePage>(pages.Count);
        foreach (var page in pages)
        {
            var url = (page.Permalink ?? page.Key) + "/";
            if (!taken.TryAdd(url, $"the page {page.SourcePath}"))
            {
                diagnostics.Report(Descriptors.PageUrlTaken, page.SourcePath, 1, 1, url, taken[url]);
                continue;
            }

            placed.Add(new SitePage(page, url));
        }

        return placed;
    }

    /// <summary>The URLs of the pages the site generates, each with how a message names it.</summary>
    private Dictionary<string, string> GeneratedUrls()
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        AddList(urls, "", site.Briefs.Count, "the list of briefs");
        foreach (var brief in site.Briefs)
        {
            urls.TryAdd(brief.Url, $"the brief {brief.SourcePath}");
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            urls.TryAdd(taxonomy.Url, $"the index of {taxonomy.Title.ToLowerInvariant()}");
            foreach (var term in taxonomy.Terms)
            {
                AddList(urls, term.Url, term.Briefs.Count, $"the {taxonomy.Singular.ToLowerInvariant()} '{term.Name}'");
            }
        }

        return urls;
    }

    private void AddList(Dictionary<string, string> urls, string baseUrl, int items, string name)
    {
        var total = ListPaging.PageCount(items, Math.Max(1, site.Config.PageSize));
        for (var n = 1; n <= total; n++)
        {
            urls.TryAdd(ListPaging.PageUrl(baseUrl, n), n == 1 ? name : $"page {n} of {name}");
        }
    }

    /// <summary>
    /// The links of one menu: its entries in order, then the pages whose front matter lists them in it (by weight,
    /// then title) that no menu of briefgen.yml names.
    /// </summary>
    private List<MenuLink> Resolve(IReadOnlyList<MenuEntry> entries, PageMenu menu)
    {
        var links = new List<MenuLink>(entries.Count);
        foreach (var entry in entries)
        {
            if (Link(entry) is { } link)
            {
                links.Add(link);
            }
        }

        links.AddRange(Listed(menu));
        return links;
    }

    /// <summary>The pages whose front matter lists them in <paramref name="menu"/> and no menu of briefgen.yml names, by weight, then title.</summary>
    private IEnumerable<MenuLink> Listed(PageMenu menu)
    {
        // A page both briefgen.yml and its front matter list is listed once, where briefgen.yml says.
        var named = site.Config.Menu.Concat(site.Config.FooterMenu).Where(e => e.Target == MenuTarget.Page).Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        return site.Pages.Where(p => p.Page.Menu == menu && !named.Contains(p.Page.Key))
            .OrderBy(p => p.Page.Weight).ThenBy(p => p.Page.Title, StringComparer.Ordinal)
            .Select(p => new MenuLink(p.Page.Title, p.Url, External: false));
    }

    private MenuLink? Link(MenuEntry entry)
    {
        switch (entry.Target)
        {
            case MenuTarget.Page when _byKey.TryGetValue(entry.Value, out var page):
                return new MenuLink(entry.Title, page.Url, External: false);
            case MenuTarget.Page:
                diagnostics.Report(Descriptors.MenuPageUnknown, configPath, entry.Line, entry.Column, entry.Title, entry.Value, Suggestions.DidYouMean(entry.Value, _byKey.Keys));
                return null;
            case MenuTarget.Taxonomy when site.Taxonomies.FirstOrDefault(t => t.Key == entry.Value) is { } taxonomy:
                return new MenuLink(entry.Title, taxonomy.Url, External: false);
            case MenuTarget.Taxonomy:
                diagnostics.Report(Descriptors.MenuTaxonomyUnknown, configPath, entry.Line, entry.Column, entry.Title, entry.Value, string.Join(", ", site.Taxonomies.Select(t => t.Key)));
                return null;
            default:
                // "/…" lies under the base URL's path: written from the site's root, like every internal link.
                return entry.Value.StartsWith('/') ? new MenuLink(entry.Title, entry.Value.TrimStart('/'), External: false) : new MenuLink(entry.Title, entry.Value, External: true);
        }
    }
}
