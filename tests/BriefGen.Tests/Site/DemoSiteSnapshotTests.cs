using System.Text;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>One snapshot per output file of the demo site under <c>Snapshots/demo/</c>; re-accept with BRIEFGEN_ACCEPT_SNAPSHOTS=1.</summary>
public sealed class DemoSiteSnapshotTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> Files = new(() => TestSite.BuildInMemory(TestSite.Demo).Writer.Files);

    public static TheoryData<string> Paths() => [.. Files.Value.Keys.Order(StringComparer.Ordinal)];

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
}
