namespace BriefGen.Site;

/// <summary>All terms of one kind (topics, authors, programs or kinds), found by the slug of a name.</summary>
internal sealed class Taxonomy
{
    private readonly Dictionary<string, TaxonomyTerm> _bySlug = new(StringComparer.Ordinal);

    // Every name as written in a brief, with its term: folding a name to its slug costs more than looking it up, and
    // the site asks for the same few names on every page. Filled while the site is assembled, read-only after.
    private readonly Dictionary<string, TaxonomyTerm?> _byName = new(StringComparer.Ordinal);
    private readonly List<TaxonomyTerm> _terms = [];

    internal Taxonomy(string key, string title, string singular)
    {
        Key = key;
        Title = title;
        Singular = singular;
    }

    /// <summary>The URL folder and template key, e.g. <c>topics</c>.</summary>
    public string Key { get; }

    /// <summary>The heading of the index page, e.g. <c>Topics</c>.</summary>
    public string Title { get; }

    /// <summary>The name of one term, e.g. <c>Topic</c>.</summary>
    public string Singular { get; }

    /// <summary>The index page's site-relative URL, e.g. <c>topics/</c>.</summary>
    public string Url => Key + "/";

    /// <summary>Every term, sorted by name (case-insensitive, then ordinal, so the order is stable everywhere).</summary>
    public IReadOnlyList<TaxonomyTerm> Terms => _terms;

    /// <summary>The term a name belongs to; null when the name folds to no slug.</summary>
    public TaxonomyTerm? Find(string name)
        => _byName.TryGetValue(name, out var known) ? known : _bySlug.GetValueOrDefault(Model.Slug.From(name));

    internal TaxonomyTerm? GetOrAdd(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        var slug = Model.Slug.From(name);
        TaxonomyTerm? term = null;
        if (slug.Length > 0 && !_bySlug.TryGetValue(slug, out term))
        {
            term = new TaxonomyTerm(name, slug, $"{Key}/{slug}/");
            _bySlug.Add(slug, term);
            _terms.Add(term);
        }

        _byName.Add(name, term);
        return term;
    }

    internal void Seal() => _terms.Sort((a, b) =>
    {
        var c = StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
        return c != 0 ? c : StringComparer.Ordinal.Compare(a.Slug, b.Slug);
    });
}
