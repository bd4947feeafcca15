using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;

namespace BriefGen.Site;

/// <summary>
/// The assembled site: its settings, every brief in site order, and the four taxonomies, of which those the settings
/// name (<see cref="SiteConfig.Taxonomies"/>) have terms and pages. Read-only once built.
/// </summary>
internal sealed class Site
{
    private readonly SeedStore _store;

    internal Site(SiteConfig config, IReadOnlyList<SiteBrief> briefs, SeedStore store)
    {
        Config = config;
        Briefs = briefs;
        _store = store;
        Taxonomies = [.. new[] { Topics, Authors, Programs, Kinds }.Where(t => config.Taxonomies.Contains(t.Key))];
        // Kinds have pages but no place in the default navigation: a brief's kind label links them.
        Menu = [new MenuLink("Briefs", "", External: false, "briefs"), .. Taxonomies.Where(t => t != Kinds).Select(t => new MenuLink(t.Title, t.Url, External: false, t.Key))];
    }

    /// <summary>The settings in force.</summary>
    public SiteConfig Config { get; }

    /// <summary>Every brief: newest first, undated ones after the dated ones, by title.</summary>
    public IReadOnlyList<SiteBrief> Briefs { get; }

    /// <summary>The topics.</summary>
    public Taxonomy Topics { get; } = new("topics", "Topics", "Topic");

    /// <summary>The authors.</summary>
    public Taxonomy Authors { get; } = new("authors", "Authors", "Author");

    /// <summary>The programs.</summary>
    public Taxonomy Programs { get; } = new("programs", "Programs", "Program");

    /// <summary>The content kinds (Expert Brief, Backgrounder…).</summary>
    public Taxonomy Kinds { get; } = new("kinds", "Kinds", "Kind");

    /// <summary>
    /// The whole brief of <paramref name="brief"/> (its body, related stories and disclaimer too), kept or read again;
    /// null after reporting that its seed changed or broke mid-build.
    /// </summary>
    public Brief? Full(SiteBrief brief, DiagnosticBag diagnostics) => _store.Full(brief.Brief, brief.SourcePath, diagnostics);

    /// <summary>
    /// What full-text search indexes of <paramref name="brief"/>'s body; null after reporting that its seed changed
    /// or broke mid-build.
    /// </summary>
    public SearchBody? SearchBody(SiteBrief brief, DiagnosticBag diagnostics) => _store.SearchBody(brief.Brief, brief.SourcePath, diagnostics);

    /// <summary>What numbers the terms of the bodies' search forms (<see cref="SearchBody"/>) in this build.</summary>
    public SearchVocabulary SearchVocabulary => _store.Vocabulary;

    /// <summary>How many briefs are held out of the site, and when the next embargo lifts or expiry falls.</summary>
    public HoldSchedule Schedule { get; init; } = new();

    /// <summary>The taxonomies with pages, in navigation order; the others stay empty.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; }

    /// <summary>The standalone pages (<c>pages/</c>), published ones only, in path order (<see cref="PageAssembler"/>).</summary>
    public IReadOnlyList<SitePage> Pages { get; internal set; } = [];

    /// <summary>The header navigation: the <c>menu</c> setting and the pages listed in it; by default the briefs and the taxonomies but kinds.</summary>
    public IReadOnlyList<MenuLink> Menu { get; internal set; }

    /// <summary>The footer's links: the <c>footerMenu</c> setting and the pages listed in it.</summary>
    public IReadOnlyList<MenuLink> FooterMenu { get; internal set; } = [];
}
