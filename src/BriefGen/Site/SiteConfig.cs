namespace BriefGen.Site;

/// <summary>
/// The settings of a site, from <c>briefgen.yml</c> with <see cref="SiteBuildOptions"/> applied on top. Immutable;
/// every key has a default, so a site without a config file builds.
/// </summary>
internal sealed record SiteConfig
{
    /// <summary>The site's name, shown in the header and page titles.</summary>
    public string Title { get; init; } = "Policy Briefs";

    /// <summary>One sentence about the site, for the home page's meta description and the feed subtitle.</summary>
    public string? Description { get; init; }

    /// <summary>The public URL with a final <c>/</c>; null: absolute outputs (canonical, feed, sitemap) are left out.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// The language of the site, a language tag such as <c>en</c> or <c>pt-BR</c>: the <c>lang</c> attribute, and the
    /// strings table the default templates' words and human dates come from.
    /// </summary>
    public string Language { get; init; } = "en";

    /// <summary>The words of the default templates the site replaces (<c>strings:</c>), over its language's strings table.</summary>
    public IReadOnlyList<StringOverride> Strings { get; init; } = [];

    /// <summary>Who publishes the site (footer, JSON-LD publisher, feed author).</summary>
    public string? Publisher { get; init; }

    /// <summary>
    /// The site's icon, linked from every page: a file of the site (usually from <c>static/</c>) by its path from the
    /// site's root, e.g. <c>favicon.svg</c>; null: the site's own <c>favicon.svg</c> or <c>favicon.ico</c>, else the
    /// built-in icon, published as <c>favicon.svg</c>.
    /// </summary>
    public string? Favicon { get; init; }

    /// <summary>Briefs per list page.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Briefs in <c>feed.xml</c>.</summary>
    public int FeedSize { get; init; } = 20;

    /// <summary>Where a brief page goes; only <c>{slug}</c> and safe literal segments (see <see cref="PermalinkPattern"/>).</summary>
    public string Permalink { get; init; } = PermalinkPattern.Default;

    /// <summary>The user's template folder, relative to the site folder.</summary>
    public string Templates { get; init; } = "templates";

    /// <summary>
    /// The theme folders, relative to the site folder, searched in order after the user's templates and before the
    /// built-in defaults (<c>theme:</c>, a path or a list of paths).
    /// </summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The output folder, relative to the site folder.</summary>
    public string Output { get; init; } = "_site";

    /// <summary>Whether brief pages list related stories, and for a brief without any, other briefs on its topics.</summary>
    public bool ShowRelated { get; init; } = true;

    /// <summary>Whether raw HTML in Markdown seeds is kept; by default it is escaped.</summary>
    public bool AllowRawHtml { get; init; }

    /// <summary>The additions to CommonMark that Markdown bodies may use (<c>markdown.extensions</c>); by default all of them.</summary>
    public IReadOnlyList<MarkdownExtension> MarkdownExtensions { get; init; } = Enum.GetValues<MarkdownExtension>();

    /// <summary>
    /// The taxonomies whose index and term pages are written, by key (<see cref="TaxonomyKeys"/>). A name of a
    /// taxonomy left out is shown without a link, and the taxonomy leaves the navigation.
    /// </summary>
    public IReadOnlyList<string> Taxonomies { get; init; } = TaxonomyKeys;

    /// <summary>Whether a <c>brief.json</c> (the brief's content model) is written beside every brief page.</summary>
    public bool BriefJson { get; init; } = true;

    /// <summary>
    /// Whether the site has full-text search: the page <c>search/index.html</c>, its index under <c>search/</c>, the
    /// script and stylesheet <c>assets/search.*</c>, and the search form in the header.
    /// </summary>
    public bool Search { get; init; } = true;

    /// <summary>
    /// Whether a template reading a variable or member that does not exist (BG3008, BG3009) fails the build; by
    /// default it is a warning and the name reads as empty.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The header navigation, in order (<see cref="MenuEntry"/>); pages whose front matter says <c>menu: main</c>
    /// follow. Empty: the briefs and the taxonomies with pages but kinds.
    /// </summary>
    public IReadOnlyList<MenuEntry> Menu { get; init; } = [];

    /// <summary>The footer's links, in order; pages whose front matter says <c>menu: footer</c> follow.</summary>
    public IReadOnlyList<MenuEntry> FooterMenu { get; init; } = [];

    /// <summary>Every taxonomy key, in navigation order.</summary>
    public static IReadOnlyList<string> TaxonomyKeys { get; } = ["topics", "authors", "programs", "kinds"];

    /// <summary>Extra page-dump chrome lines for the reader.</summary>
    public IReadOnlyList<string> ChromeLines { get; init; } = [];

    /// <summary>The most URLs one sitemap file may list (the sitemaps.org limit); not a config key, tests lower it.</summary>
    internal int SitemapUrlLimit { get; init; } = 50_000;

    /// <summary>The largest seed in bytes.</summary>
    public long MaxSeedBytes { get; init; } = Reading.ReaderOptions.DefaultMaxSeedBytes;
}
