using System.Text.Encodings.Web;
using System.Text.Json;
using BriefGen.Rendering.Language;
using BriefGen.Site;

namespace BriefGen.Rendering.Pages;

/// <summary>
/// Writes the files of the search index under <c>search/</c>, compact and deterministic (ordinal order, no time
/// stamps): <c>meta.json</c> (what files exist), a shard of terms per key (<c>index/KEY.json</c>), and the briefs a
/// result shows in fragments of <see cref="FragmentSize"/> (<c>docs/N.json</c>). The format is described in
/// <c>docs/search.md</c>; <c>_assets/search.js</c> reads it.
/// </summary>
internal static class SearchIndexJson
{
    /// <summary>The version of the format, in <c>meta.json</c>: the script refuses another.</summary>
    public const int Version = 2;

    /// <summary>
    /// Briefs per document fragment: a page of ten results loads at most ten files of some 17 KB, and a 10,000-brief
    /// site writes 500 of them (1,000 when they held ten briefs, most of the files the index added).
    /// </summary>
    public const int FragmentSize = 20;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The site-relative file of a shard: the key itself when it is lower-case ASCII letters and digits, <c>_</c> for
    /// the empty key (every term), else <c>x</c> and the hex of its UTF-16 units.
    /// </summary>
    public static string ShardFile(string key)
    {
        var plain = key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));
        var name = key.Length == 0 ? "_"
            : plain ? key : "x" + string.Concat(key.Select(c => ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
        return $"search/index/{name}.json";
    }

    /// <summary>The site-relative file of the fragment holding brief number <paramref name="start"/> and the next ones.</summary>
    public static string FragmentFile(int start) => $"search/docs/{start / FragmentSize}.json";

    public static byte[] Meta(SearchIndex index) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", Version);
        w.WriteNumber("documents", index.Documents.Count);
        w.WriteNumber("fragmentSize", FragmentSize);
        w.WriteNumber("prefixLength", SearchIndex.PrefixLength);
        w.WriteStartArray("shards");
        foreach (var shard in index.Shards)
        {
            w.WriteStringValue(shard.Key);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>A shard: each term with its postings, numbers whose quotient by 16 is the gap from the previous brief and whose remainder is the fields.</summary>
    public static byte[] Shard(SearchShard shard) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var term in shard.Terms)
        {
            w.WriteStartArray(term.Text);
            foreach (var posting in term.Postings)
            {
                w.WriteNumberValue(posting);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    });

    /// <summary>
    /// The fragment of <paramref name="count"/> briefs from number <paramref name="start"/>: what a result shows of each,
    /// its date in the site's language (<paramref name="strings"/>).
    /// </summary>
    public static byte[] Fragment(IReadOnlyList<SearchDocument> documents, int start, int count, SiteStrings strings) => Write(w =>
    {
        w.WriteStartArray();
        for (var i = start; i < start + count; i++)
        {
            var (brief, excerpt) = (documents[i].Brief, documents[i].Excerpt);
            w.WriteStartObject();
            w.WriteString("url", brief.Url);
            w.WriteString("title", brief.Brief.Title);
            w.WriteString("kind", brief.Brief.Kind);
            w.WriteString("date", brief.Date is { } date ? strings.Date(date) : null);
            w.WriteString("datetime", brief.Date?.Text);
            w.WriteStartArray("topics");
            foreach (var topic in brief.Brief.Topics)
            {
                w.WriteStringValue(topic);
            }

            w.WriteEndArray();
            w.WriteString("summary", brief.Brief.Summary);
            w.WriteString("excerpt", excerpt);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            write(w);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
