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

/// <summary>
/// A term and the briefs it stands in, as its shard's file writes them (<see cref="Postings"/>): for each brief, in
/// increasing number, the gap from the brief before (from 0 for the first) times <see cref="FieldSpan"/>, plus the
/// fields the term stands in there. Stored seven bits to a byte, as a large site's index holds tens of millions.
/// </summary>
/// <param name="Text">The term.</param>
/// <param name="Postings">Its briefs, coded.</param>
internal sealed record SearchTerm(string Text, SevenBitNumbers Postings)
{
    /// <summary>A posting's gap from the brief before is multiplied by this, leaving room for its <see cref="SearchFields"/>.</summary>
    public const int FieldSpan = 16;

    /// <summary>
    /// About what the term takes in its shard's file: its text, quoted, and each posting as a number and a comma.
    /// </summary>
    public int Size { get; } = Measure(Text, Postings);

    /// <summary>A posting's number: brief <paramref name="document"/>, after brief <paramref name="previous"/>.</summary>
    public static uint Posting(int document, int previous, SearchFields fields) => (uint)(((document - previous) * FieldSpan) + (int)fields);

    private static int Measure(string text, SevenBitNumbers postings)
    {
        var size = System.Text.Encoding.UTF8.GetByteCount(text) + 5;
        foreach (var posting in postings)
        {
            size += Digits(posting) + 1;
        }

        return size;
    }

    private static int Digits(uint number)
    {
        var digits = 1;
        for (; number >= 10; number /= 10)
        {
            digits++;
        }

        return digits;
    }
}

/// <summary>The terms that start alike: one file a query loads whole.</summary>
/// <param name="Key">The terms' common start.</param>
/// <param name="Terms">The terms, in ordinal order.</param>
internal sealed record SearchShard(string Key, IReadOnlyList<SearchTerm> Terms);

/// <summary>
/// The full-text index of the site's briefs, in site order: every term of a brief's title, topics, summary, authors,
/// kind, program and body (<see cref="SearchTerms"/>) with the briefs it stands in, split into shards by the term's
/// first characters so that a query loads only the shards of its words. The shards are as few as the size bound
/// allows: all the terms are one shard (key "") while they come to at most <see cref="MaxShardBytes"/>, and a shard
/// over it splits by one more character, so a small site writes a few files and a large one still loads a few
/// dozen kilobytes per word. Held briefs are not in the site, so never in the index.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>How long a query word is at least to find the longer terms of its shard that it starts.</summary>
    public const int PrefixLength = 3;

    /// <summary>
    /// The most a shard's file comes to before it splits (its terms and postings as written, about): a query word
    /// loads one shard, a few dozen kilobytes even on a 10,000-brief site where common words stand in every brief.
    /// </summary>
    public const int MaxShardBytes = 36_000;

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
        // were taken when the seeds were read; one that was not (a brief made in memory) is read here. First each
        // brief's terms and how many briefs each term stands in, then the postings, each term's in an array of its size.
        var vocabulary = site.SearchVocabulary;
        var documents = new SearchDocument[site.Briefs.Count];
        var briefTerms = new BriefTerms[site.Briefs.Count];
        var details = new DetailTerms(vocabulary);
        for (var number = 0; number < documents.Length; number++)
        {
            var brief = site.Briefs[number];
            var body = site.SearchBody(brief, new DiagnosticBag());
            documents[number] = new SearchDocument(brief, body?.Excerpt ?? "");
            briefTerms[number] = new BriefTerms(body?.Terms ?? IncreasingNumbers.Empty, details.Of(brief.Brief));
        }

        // Each term's postings in one exact array: its size is counted in a first pass, the postings written in a second.
        var lengths = new int[vocabulary.Count];
        var previous = new int[vocabulary.Count];
        for (var number = 0; number < briefTerms.Length; number++)
        {
            foreach (var (term, fields) in briefTerms[number])
            {
                lengths[term] += SevenBitNumber.Length(SearchTerm.Posting(number, previous[term], fields));
                previous[term] = number;
            }
        }

        var postings = Array.ConvertAll(lengths, length => length == 0 ? [] : new byte[length]);
        var filled = new int[lengths.Length];
        Array.Clear(previous);
        for (var number = 0; number < briefTerms.Length; number++)
        {
            foreach (var (term, fields) in briefTerms[number])
            {
                filled[term] += SevenBitNumber.Write(postings[term].AsSpan(filled[term]), SearchTerm.Posting(number, previous[term], fields));
                previous[term] = number;
            }
        }

        var sorted = Enumerable.Range(0, lengths.Length).Where(term => lengths[term] > 0)
            .Select(term => new SearchTerm(vocabulary.Text(term), new SevenBitNumbers(postings[term])))
            .OrderBy(t => t.Text, StringComparer.Ordinal).ToList();
        var shards = new List<SearchShard>();
        Split(sorted, 0, shards);
        return new SearchIndex(documents, shards);
    }

    /// <summary>
    /// The terms of everything but a brief's body, with their fields: a term's fields are kept by its number while
    /// the brief's are taken, then cleared.
    /// </summary>
    private sealed class DetailTerms(SearchVocabulary vocabulary)
    {
        private readonly SearchTermSet _words = new();
        private readonly SearchTermSet _terms = new();
        private SearchFields[] _fields = new SearchFields[vocabulary.Count];

        /// <summary>The terms of <paramref name="b"/>'s title, topics, summary, kind, program and authors, in increasing number.</summary>
        public (int Term, SearchFields Fields)[] Of(SlimBrief b)
        {
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

            var terms = _terms.TakeSorted();
            var withFields = new (int Term, SearchFields Fields)[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                withFields[i] = (terms[i], _fields[terms[i]]);
                _fields[terms[i]] = SearchFields.None;
            }

            return withFields;
        }

        private void Add(string? text, SearchFields field)
        {
            SearchTerms.AddTo(vocabulary, _words, text);
            foreach (var term in _words.TakeSorted())
            {
                if (term >= _fields.Length)
                {
                    Array.Resize(ref _fields, Math.Max(term + 1, _fields.Length * 2));
                }

                _fields[term] |= field;
                _terms.Add(term);
            }
        }
    }

    /// <summary>
    /// Groups ordinal-sorted terms by their first <paramref name="length"/> characters (at length 0, one group of all);
    /// a group over the limit keeps its terms of that length (a key of their own) and splits the longer ones by one
    /// more character.
    /// </summary>
    private static void Split(IReadOnlyList<SearchTerm> terms, int length, List<SearchShard> shards)
    {
        foreach (var group in terms.GroupBy(t => t.Text.Length <= length ? t.Text : t.Text[..length], StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 1 || members.Sum(t => t.Size) <= MaxShardBytes)
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

    /// <summary>A brief's terms with their fields: its body's (<see cref="SearchFields.Body"/>) and its other fields', by increasing number.</summary>
    /// <param name="Body">The body's terms, in increasing number.</param>
    /// <param name="Details">The other fields' terms, in increasing number.</param>
    private readonly record struct BriefTerms(IncreasingNumbers Body, (int Term, SearchFields Fields)[] Details)
    {
        public Enumerator GetEnumerator() => new(Body.GetEnumerator(), Details);

        /// <summary>Walks both lists at once; a term in both comes once, with the body among its fields.</summary>
        public struct Enumerator(IncreasingNumbers.Enumerator body, (int Term, SearchFields Fields)[] details)
        {
            private bool _started;
            private bool _bodyLeft;
            private int _detail;

            public (int Term, SearchFields Fields) Current { get; private set; }

            public bool MoveNext()
            {
                if (!_started)
                {
                    (_started, _bodyLeft) = (true, body.MoveNext());
                }

                if (_bodyLeft && (_detail == details.Length || body.Current < details[_detail].Term))
                {
                    Current = (body.Current, SearchFields.Body);
                    _bodyLeft = body.MoveNext();
                    return true;
                }

                if (_detail == details.Length)
                {
                    return false;
                }

                var (term, fields) = details[_detail++];
                var inBody = _bodyLeft && body.Current == term;
                if (inBody)
                {
                    _bodyLeft = body.MoveNext();
                }

                Current = (term, inBody ? fields | SearchFields.Body : fields);
                return true;
            }
        }
    }
}
