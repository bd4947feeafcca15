using BriefGen.Diagnostics;
using BriefGen.Incremental;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Incremental;

public sealed class BuildStateTests
{
    [Fact]
    public void SavedState_IsTakenFromMemory_UntilItsFileOrFolderChanges()
    {
        var output = Path.Combine(TestSite.TempDir(), "out");
        Directory.CreateDirectory(output);
        var file = BuildState.FileFor(output, null);
        var saved = new BuildState();
        saved.Record("a/index.html", new PageRecord(1, ["page.sbn-html"], 2, new FileStamp(3, 4)));
        saved.Files = new HashSet<string>(["a/index.html"]);
        var diagnostics = new DiagnosticBag();
        saved.Save(file, output, buildKey: 5, diagnostics);

        Assert.Same(saved, BuildState.Load(file, output, buildKey: 5, diagnostics));
        Assert.Equal(0, BuildState.Load(file, output, buildKey: 6, diagnostics).Count); // another generator or configuration

        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(-1)); // e.g. written by another process
        var read = BuildState.Load(file, output, buildKey: 5, diagnostics);
        Assert.NotSame(saved, read);
        Assert.Equal((UInt128)1, read.Find("a/index.html")!.Input);
        Assert.Equal(["page.sbn-html"], read.Find("a/index.html")!.Templates);

        Directory.SetLastWriteTimeUtc(output, DateTime.UtcNow.AddMinutes(1)); // the folder was replaced or touched
        Assert.Equal(0, BuildState.Load(file, output, buildKey: 5, diagnostics).Count);
        Assert.Empty(diagnostics.ToImmutable());
    }
}
