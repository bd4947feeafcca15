using System.Text;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// One snapshot per output file of the demo site under <c>Snapshots/demo/</c>, but for the search index's shards, which
/// share one snapshot of their terms; re-accept with BRIEFGEN_ACCEPT_SNAPSHOTS=1.
/// </summary>
public sealed class DemoSiteSnapshotTests
{
    private const string ShardFolder = "search/index/";

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Files = new(() => TestSite.BuildInMemory(TestSite.Demo).Writer.Files);

    public static TheoryData<string> Paths() => [.. Files.Value.Keys.Where(p => !p.StartsWith(ShardFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Paths))]
    public void DemoSite_File_MatchesSnapshot(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.');
        var name = Path.Combine("demo", path[..^(extension.Length + 1)]);
        Snapshot.Verify("Snapshots", name, extension, Encoding.UTF8.GetString(Files.Value[path]));
    }

    [Fact]
    public void DemoSite_FileList_MatchesSnapshot()
        => Snapshot.Verify("Snapshots", "demo-files", "txt", string.Join("\n", Files.Value.Keys.Order(StringComparer.Ordinal)) + "\n");

    /// <summary>
    /// Every shard of the search index, exactly: each must be the compact JSON its terms and postings give back, and
    /// the terms are kept as lines (<c>term doc doc…</c> under <c>## shard</c>), one readable file instead of hundreds.
    /// </summary>
    [Fact]
    public void DemoSite_SearchIndexShards_MatchSnapshot()
    {
        var text = new StringBuilder();
        foreach (var path in Files.Value.Keys.Where(p => p.StartsWith(ShardFolder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var json = Encoding.UTF8.GetString(Files.Value[path]);
            using var shard = System.Text.Json.JsonDocument.Parse(json);
            var terms = shard.RootElement.EnumerateObject().Select(t => (t.Name, Postings: t.Value.EnumerateArray().Select(p => p.GetInt32()).ToList())).ToList();
            Assert.Equal(json, "{" + string.Join(",", terms.Select(t => $"\"{t.Name}\":[{string.Join(",", t.Postings)}]")) + "}\n");
            text.Append("## ").Append(path[ShardFolder.Length..]).Append('\n');
            foreach (var (name, postings) in terms)
            {
                text.Append(name).Append(' ').AppendJoin(' ', postings).Append('\n');
            }
        }

        Snapshot.Verify("Snapshots", "demo-search-index", "txt", text.ToString());
    }
}
