using BriefGen.Hashing;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;
using BriefGen.Site;

namespace BriefGen.Rendering.Pages;

internal sealed partial class SitePages
{
    /// <summary>
    /// The search page and the index it reads (<see cref="SearchIndexJson"/>). Each file's identity is what it holds,
    /// so an edit of a brief re-writes the shards of the terms it gained or lost, or whose other briefs changed, and
    /// the one fragment that shows it.
    /// </summary>
    private IEnumerable<OutputJob> Search()
    {
        var index = _searchIndex!.GetAwaiter().GetResult();
        var search = ScriptModel.Obj(("index", "search/"), ("script", "assets/search.js"), ("stylesheet", "assets/search.css"),
            ("topics_url", _site.Taxonomies.Contains(_site.Topics) ? _site.Topics.Url : null),
            ("authors_url", _site.Taxonomies.Contains(_site.Authors) ? _site.Authors.Url : null));
        var title = _strings.Text("search");
        yield return new VariablesPage(this, "search/index.html", "search/", new PageHead("search.sbn-html", title, Describe(null, "description_search", title)), () => [("search", search)]);
        yield return new FunctionJob("search/meta.json", _ => SearchIndexJson.Meta(index), h => AddShardKeys(h, index));
        foreach (var shard in index.Shards)
        {
            yield return new SearchShardFile(shard);
        }

        for (var start = 0; start < index.Documents.Count; start += SearchIndexJson.FragmentSize)
        {
            yield return new SearchFragmentFile(index.Documents, start, Math.Min(SearchIndexJson.FragmentSize, index.Documents.Count - start), _strings);
        }
    }

    private static void AddShardKeys(InputHasher h, SearchIndex index)
    {
        h.Add(index.Documents.Count).Add(index.Shards.Count);
        foreach (var shard in index.Shards)
        {
            h.Add(shard.Key);
        }
    }

    /// <summary>The terms of one shard and their postings.</summary>
    private sealed class SearchShardFile(SearchShard shard) : OutputJob(SearchIndexJson.ShardFile(shard.Key))
    {
        public override ReadOnlyMemory<byte>? Produce(RenderScope scope) => SearchIndexJson.Shard(shard);

        public override void AddIdentity(InputHasher hasher)
        {
            hasher.Add(shard.Terms.Count);
            foreach (var term in shard.Terms)
            {
                hasher.Add(term.Text).AddValues(term.Postings.Bytes);
            }
        }
    }

    /// <summary>
    /// What results show of a few briefs: their slim form (title, kind, date in the site's language, topics, summary),
    /// URL and excerpt.
    /// </summary>
    private sealed class SearchFragmentFile(IReadOnlyList<SearchDocument> documents, int start, int count, SiteStrings strings)
        : OutputJob(SearchIndexJson.FragmentFile(start))
    {
        public override ReadOnlyMemory<byte>? Produce(RenderScope scope) => SearchIndexJson.Fragment(documents, start, count, strings);

        public override void AddIdentity(InputHasher hasher)
        {
            hasher.Add(count);
            for (var i = start; i < start + count; i++)
            {
                var brief = documents[i].Brief;
                hasher.Add(brief.Hashes.Listed).Add(brief.Url).Add(documents[i].Excerpt).Add(brief.Date is { } date ? strings.Date(date) : null);
            }
        }
    }
}
