namespace BriefGen.Site;

/// <summary>One topic, author, program or kind with its page and its briefs (newest first).</summary>
internal sealed class TaxonomyTerm
{
    private readonly List<SiteBrief> _briefs = [];

    internal TaxonomyTerm(string name, string slug, string url)
    {
        Name = name;
        Slug = slug;
        Url = url;
    }

    /// <summary>The spelling shown: the first one seen in site order (newest brief first).</summary>
    public string Name { get; }

    /// <summary>The slug of the name; names folding to one slug share this term.</summary>
    public string Slug { get; }

    /// <summary>The site-relative URL of the term's page, e.g. <c>topics/russia/</c>.</summary>
    public string Url { get; }

    /// <summary>For authors: the bio from the newest brief that has one.</summary>
    public string? Bio { get; internal set; }

    /// <summary>The briefs under this term, newest first.</summary>
    public IReadOnlyList<SiteBrief> Briefs => _briefs;

    internal void Add(SiteBrief brief)
    {
        // A brief naming one term twice (two spellings) is listed once; briefs arrive in site order, so checking the last suffices.
        if (_briefs.Count == 0 || !ReferenceEquals(_briefs[^1], brief))
        {
            _briefs.Add(brief);
        }
    }
}
