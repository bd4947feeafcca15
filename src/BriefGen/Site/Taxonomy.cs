namespace BriefGen.Site;

/// <summary>All terms of one kind (topics, authors, programs or kinds), found by the slug of a name.</summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, TaxonomyTerm> _bySlug = new(StringComparer.Ordinal);
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
        => _bySlug.TryGetValue(Model.Slug.From(name), out var term) ? term : null;

    internal TaxonomyTerm? GetOrAdd(string name)
    {
        var slug = Model.Slug.From(name);
        if (slug.Length == 0)
        {
            return null;
        }

        if (!_bySlug.TryGetValue(slug, out var term))
        {
            term = new TaxonomyTerm(name, slug, $"{Key}/{slug}/");
            _bySlug.Add(slug, term);
            _terms.Add(term);
        }

        return term;
    }

    internal void Seal() => _terms.Sort((a, b) =>
    {
        var c = StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
        return c != 0 ? c : StringComparer.Ordinal.Compare(a.Slug, b.Slug);
    });
}
