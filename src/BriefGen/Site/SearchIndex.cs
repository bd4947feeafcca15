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

/// <summary>The terms that start alike: one file a query loads whole.</summary>
/// <param name="Key">The terms' common start.</param>
/// <param name="Terms">The terms, in ordinal order.</param>
internal sealed record SearchShard(string Key, IReadOnlyList<SearchTerm> Terms);

/// <summary>
/// The full-text index of the site's briefs, in site order: every term of a brief's title, topics, summary, authors,
/// kind, program and body (<see cref="SearchTerms"/>) with the briefs it stands in, split into shards by the term's
/// first characters so that a query loads only the shards of its words. A shard starts as the terms sharing their first
/// <see cref="PrefixLength"/> characters and splits by one more character while it holds over
/// <see cref="MaxShardPostings"/> postings. Held briefs are not in the site, so never in the index.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>How many characters of a term name its shard at least; a shorter term is a shard key of its own.</summary>
    public const int PrefixLength = 3;

    /// <summary>
    /// The most postings a shard holds before it splits (about 3 bytes each): a query word loads one shard, a few
    /// dozen kilobytes even on a 10,000-brief site where common words stand in every brief.
    /// </summary>
    public const int MaxShardPostings = 12_000;

    private SearchIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchShard> shards)
    {
        Documents = documents;
        Shards = shards;
    }

    /// <summary>The indexed briefs, numbered by place.</summary>
    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>The shards, by key in ordinal order.</summary>
    public IReadOnlyList<SearchShard> Shards { get; }

    /// <summary>
    /// Indexes the briefs of <paramref name="site"/>. A body that cannot be read again is left out: the brief's own
    /// page reads it too, and reports the problem.
    /// </summary>
    public static SearchIndex Build(Site site)
    {
        // Site order, so that every term's postings come out in increasing order without sorting. The bodies' terms
        // were taken when the seeds were read; one that was not (a brief made in memory) is read here.
        var documents = new List<SearchDocument>(site.Briefs.Count);
        var postings = new Dictionary<string, List<SearchPosting>>(StringComparer.Ordinal);
        foreach (var brief in site.Briefs)
        {
            var number = documents.Count;
            var body = site.SearchBody(brief, new DiagnosticBag());
            documents.Add(new SearchDocument(brief, body?.Excerpt ?? ""));
            var details = DetailTerms(brief.Brief);
            foreach (var term in body?.Terms ?? [])
            {
                Add(postings, term, new SearchPosting(number, SearchFields.Body | details.GetValueOrDefault(term)));
            }

            foreach (var (term, fields) in details.Where(d => body?.Terms is not { } terms || !Contains(terms, d.Key)))
            {
                Add(postings, term, new SearchPosting(number, fields));
            }
        }

        var terms = postings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SearchTerm(p.Key, p.Value)).ToList();
        var shards = new List<SearchShard>();
        Split(terms, PrefixLength, shards);
        return new SearchIndex(documents, shards);
    }

    private static void Add(Dictionary<string, List<SearchPosting>> postings, string term, SearchPosting posting)
    {
        if (!postings.TryGetValue(term, out var list))
        {
            postings[term] = list = [];
        }

        list.Add(posting);
    }

    /// <summary>The body's terms are in ordinal order: found by halving.</summary>
    private static bool Contains(IReadOnlyList<string> sorted, string term)
        => sorted is string[] array ? Array.BinarySearch(array, term, StringComparer.Ordinal) >= 0 : sorted.Contains(term);

    /// <summary>The terms of everything but the body, with their fields.</summary>
    private static Dictionary<string, SearchFields> DetailTerms(SlimBrief b)
    {
        var terms = new Dictionary<string, SearchFields>(StringComparer.Ordinal);
        void Add(string? text, SearchFields field)
        {
            foreach (var t in SearchTerms.Of(text))
            {
                terms[t] = terms.GetValueOrDefault(t) | field;
            }
        }

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

        return terms;
    }

    /// <summary>
    /// Groups ordinal-sorted terms by their first <paramref name="length"/> characters; a group over the limit keeps its
    /// terms of that length (a key of their own) and splits the longer ones by one more character.
    /// </summary>
    private static void Split(IReadOnlyList<SearchTerm> terms, int length, List<SearchShard> shards)
    {
        foreach (var group in terms.GroupBy(t => t.Text.Length <= length ? t.Text : t.Text[..length], StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 1 || members.Sum(t => t.Postings.Count) <= MaxShardPostings)
            {
                shards.Add(new SearchShard(group.Key, members));
                continue;
            }

            var own = members.Where(t => t.Text.Length <= length).ToList();
            if (own.Count > 0)
            {
                shards.Add(new SearchShard(group.Key, own));
            }

            Split([.. members.Where(t => t.Text.Length > length)], length + 1, shards);
        }
    }
}
