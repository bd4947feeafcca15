using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Site;

/// <summary>Where in a brief a term stands; a result's rank follows its best field (see <c>docs/search.md</c>).</summary>
[Flags]
internal enum SearchFields : byte
{
    /// <summary>In no field.</summary>
    None = 0,

    /// <summary>In the body: its headings and paragraphs.</summary>
    Body = 1,

    /// <summary>In the summary, an author's name, the kind or the program.</summary>
    Details = 2,

    /// <summary>In a topic's name.</summary>
    Topic = 4,

    /// <summary>In the title.</summary>
    Title = 8,
}

/// <summary>A brief in the index: its number is its place in <see cref="SearchIndex.Documents"/>.</summary>
/// <param name="Brief">The brief.</param>
/// <param name="Excerpt">The opening of its body, for snippets.</param>
internal sealed record SearchDocument(SiteBrief Brief, string Excerpt);

/// <summary>One brief a term stands in, and where in it.</summary>
/// <param name="Document">The brief's number.</param>
/// <param name="Fields">The fields the term stands in.</param>
internal readonly record struct SearchPosting(int Document, SearchFields Fields);

/// <summary>A term and the briefs it stands in, by number, in increasing order.</summary>
/// <param name="Text">The term.</param>
/// <param name="Postings">Its briefs.</param>
internal sealed record SearchTerm(string Text, IReadOnlyList<SearchPosting> Postings);

/// <summary>The terms that start alike (<see cref="SearchIndex.KeyOf"/>): one file a query loads whole.</summary>
/// <param name="Key">The terms' common start.</param>
/// <param name="Terms">The terms, in ordinal order.</param>
internal sealed record SearchShard(string Key, IReadOnlyList<SearchTerm> Terms);

/// <summary>
/// The full-text index of the site's briefs, in site order: every term of a brief's title, topics, summary, authors,
/// kind, program and body (<see cref="SearchTerms"/>) with the briefs it stands in, split into shards by the term's
/// first <see cref="PrefixLength"/> characters so that a query loads only the shards of its words. Held briefs are not
/// in the site, so never in the index.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>How many characters of a term name its shard; a shorter term is a shard key of its own.</summary>
    public const int PrefixLength = 3;

    private SearchIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchShard> shards)
    {
        Documents = documents;
        Shards = shards;
    }

    /// <summary>The indexed briefs, numbered by place.</summary>
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>The shards, by key in ordinal order.</summary>
    public IReadOnlyList<SearchShard> Shards { get; }

    /// <summary>The key of the shard that holds <paramref name="term"/>.</summary>
    public static string KeyOf(string term) => term.Length <= PrefixLength ? term : term[..PrefixLength];

    /// <summary>
    /// Indexes the briefs of <paramref name="site"/>. A body that cannot be read again is left out: the brief's own
    /// page reads it too, and reports the problem.
    /// </summary>
    public static SearchIndex Build(Site site)
    {
        // Each brief's terms in parallel (a body may have to be read again), then merged in site order, so that every
        // term's postings come out in increasing order without sorting.
        var perBrief = site.Briefs.AsParallel().AsOrdered().Select(b => TermsOf(site, b)).ToList();
        var documents = new List<SearchDocument>(perBrief.Count);
        var postings = new Dictionary<string, List<SearchPosting>>(StringComparer.Ordinal);
        foreach (var (brief, excerpt, terms) in perBrief)
        {
            var number = documents.Count;
            documents.Add(new SearchDocument(brief, excerpt));
            foreach (var (term, fields) in terms)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new SearchPosting(number, fields));
            }
        }

        var shards = postings.OrderBy(p => p.Key, StringComparer.Ordinal).GroupBy(p => KeyOf(p.Key), StringComparer.Ordinal)
            .Select(g => new SearchShard(g.Key, [.. g.Select(p => new SearchTerm(p.Key, p.Value))])).ToList();
        return new SearchIndex(documents, shards);
    }

    private static (SiteBrief Brief, string Excerpt, Dictionary<string, SearchFields> Terms) TermsOf(Site site, SiteBrief brief)
    {
        var terms = new Dictionary<string, SearchFields>(StringComparer.Ordinal);
        void Add(string? text, SearchFields field) => SearchTerms.Each(text, t => terms[t] = terms.GetValueOrDefault(t) | field);
        var b = brief.Brief;
        Add(b.Title, SearchFields.Title);
        foreach (var topic in b.Topics)
        {
            Add(topic, SearchFields.Topic);
        }

        Add(b.Summary, SearchFields.Details);
        Add(b.Kind, SearchFields.Details);
        Add(b.Program, SearchFields.Details);
        foreach (var author in b.Authors)
        {
            Add(author.Name, SearchFields.Details);
        }

        var body = site.SearchBody(brief, new DiagnosticBag());
        foreach (var term in body?.Terms ?? [])
        {
            terms[term] = terms.GetValueOrDefault(term) | SearchFields.Body;
        }

        return (brief, body?.Excerpt ?? "", terms);
    }
}
