using System.Text;
using BriefGen.FileSystem;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Output;

/// <summary>The writer's two commit strategies, driven through <see cref="FileSystemSiteWriter"/> as a build drives them.</summary>
public sealed class CommitStrategyTests
{
    [Fact]
    public void Staging_FirstBuild_RenamesTheStagingTreeIntoPlace()
    {
        var (output, _) = NewPlace();
        IReadOnlyList<string> files;
        using (var writer = new FileSystemSiteWriter(output))
        {
            Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(output)!, "out.staging-*"));
            Write(writer, "b/index.html", "b");
            Write(writer, "a.html", "a");
            Assert.False(writer.TryWrite(OutputPath.Create("a.html"), "again"u8));
            files = writer.Commit();
            Assert.Null(writer.AfterCommitFailure);
        }

        Assert.Equal([".briefgen-site", "a.html", "b/index.html"], files);
        Assert.Equal("b", File.ReadAllText(Path.Combine(output, "b", "index.html")));
        Assert.True(OutputMarker.IsIn(output));
        Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(output)!)); // only the output folder
    }

    [Fact]
    public void Staging_Rebuild_LinksUnchangedFiles_AndWritesChangedOnes()
    {
        var (output, _) = NewPlace();
        Build(output, null, ("same.html", "same"), ("changed.html", "old"));
        var same = FileIdentity.Of(Path.Combine(output, "same.html"));
        var marker = FileIdentity.Of(Path.Combine(output, OutputMarker.FileName));

        using (var writer = new FileSystemSiteWriter(output))
        {
            Write(writer, "same.html", "same");
            Write(writer, "changed.html", "new");
            Assert.Equal(1, writer.FilesWritten);
            writer.Commit();
        }

        Assert.Equal(same, FileIdentity.Of(Path.Combine(output, "same.html")));
        Assert.Equal(marker, FileIdentity.Of(Path.Combine(output, OutputMarker.FileName)));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "changed.html")));
        Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(output)!)); // the previous site was removed
    }

    [Fact]
    public void Staging_WithAMirror_TurnsThePreviousSiteIntoTheMirror()
    {
        var (output, mirrorDir) = NewPlace();
        Build(output, null, ("a.html", "a"), ("gone.html", "gone"));
        var mirror = new SiteMirror(mirrorDir, null);

        Build(output, mirror, ("a.html", "a"), ("b/new.html", "new"));

        Assert.True(File.Exists(mirrorDir + ".ready"));
        Assert.Equal(Tree(output), Tree(mirrorDir));
        foreach (var file in Tree(output).Keys)
        {
            Assert.Equal(FileIdentity.Of(Path.Combine(output, file)), FileIdentity.Of(Path.Combine(mirrorDir, file)));
        }
    }

    [Fact]
    public void Mirror_WritesOnlyWhatChanged_AndBothTreesEndEqual()
    {
        var (output, mirrorDir) = NewPlace();
        Build(output, null, ("a.html", "a"), ("gone.html", "gone"), ("c.html", "old"));
        var previous = Build(output, new SiteMirror(mirrorDir, null), ("a.html", "a"), ("gone.html", "gone"), ("c.html", "old"));
        var kept = FileIdentity.Of(Path.Combine(output, "a.html"));
        var mirror = new SiteMirror(mirrorDir, previous);
        Assert.True(mirror.IsReady);

        IReadOnlyList<string> files;
        using (var writer = new FileSystemSiteWriter(output, mirror))
        {
            Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(mirrorDir)!, "mirror.pending-*"));
            Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!, "out.staging-*"));
            Write(writer, "a.html", "a");
            Write(writer, "c.html", "new");
            Write(writer, "b/fresh.html", "fresh");
            Assert.Equal(2, writer.FilesWritten);
            files = writer.Commit();
            Assert.Null(writer.AfterCommitFailure);
        }

        Assert.Equal([".briefgen-site", "a.html", "b/fresh.html", "c.html"], files);
        Assert.Equal(files, Tree(output).Keys);
        Assert.Equal(Tree(output), Tree(mirrorDir));
        Assert.Equal(kept, FileIdentity.Of(Path.Combine(output, "a.html")));
        Assert.True(File.Exists(mirrorDir + ".ready"));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(mirrorDir)!, "mirror.pending-*"));
    }

    [Fact]
    public void Mirror_NothingRemoved_MergesTheNewFilesIntoThePreviousList()
    {
        var (output, mirrorDir) = NewPlace();
        Build(output, null, ("m.html", "m"));
        var previous = Build(output, new SiteMirror(mirrorDir, null), ("m.html", "m"));

        var files = Build(output, new SiteMirror(mirrorDir, previous), ("z.html", "z"), ("m.html", "m"), ("a/b.html", "b"));

        Assert.Equal([".briefgen-site", "a/b.html", "m.html", "z.html"], files);
        Assert.Equal(Tree(output), Tree(mirrorDir));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dispose_WithoutCommit_RemovesTheWorkFolder_AndLeavesTheSite(bool throughMirror)
    {
        var (output, mirrorDir) = NewPlace();
        Build(output, null, ("a.html", "a"));
        var previous = Build(output, new SiteMirror(mirrorDir, null), ("a.html", "a"));
        var before = Tree(output);

        using (var writer = new FileSystemSiteWriter(output, new SiteMirror(mirrorDir, throughMirror ? previous : null)))
        {
            Write(writer, "a.html", "changed");
            Write(writer, "new.html", "new");
        }

        Assert.Equal(before, Tree(output));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!, "out.*-*"));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(mirrorDir)!, "mirror.pending-*"));
        Assert.Equal(throughMirror, File.Exists(mirrorDir + ".ready")); // a staging build no longer trusts the mirror; one through it leaves it untouched
    }

    [Fact]
    public void SortedPaths_MergeAndContains_KeepOrdinalOrder()
    {
        string[] first = ["B", "a", "c/d"];
        string[] second = ["_", "b", "c", "é"];

        var merged = SortedPaths.Merge(first, second);

        Assert.Equal(SortedPaths.Of([.. second, .. first]), merged);
        Assert.Equal(["B", "_", "a", "b", "c", "c/d", "é"], merged);
        Assert.All(merged, p => Assert.True(SortedPaths.Contains(merged, p)));
        Assert.False(SortedPaths.Contains(merged, "A"));
        Assert.False(SortedPaths.Contains([], "a"));
        Assert.Empty(SortedPaths.Merge([], []));
    }

    /// <summary>A fresh place: the output folder and the mirror, neither there yet.</summary>
    private static (string Output, string Mirror) NewPlace()
    {
        var root = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(root, "state"));
        return (Path.Combine(root, "site", "out"), Path.Combine(root, "state", "mirror"));
    }

    private static IReadOnlyList<string> Build(string output, SiteMirror? mirror, params (string Path, string Text)[] files)
    {
        using var writer = new FileSystemSiteWriter(output, mirror);
        foreach (var (path, text) in files)
        {
            Write(writer, path, text);
        }

        var committed = writer.Commit();
        Assert.Null(writer.AfterCommitFailure);
        return committed;
    }

    private static void Write(FileSystemSiteWriter writer, string path, string text)
        => Assert.True(writer.TryWrite(OutputPath.Create(path), Encoding.UTF8.GetBytes(text)));

    private static SortedDictionary<string, string> Tree(string dir)
        => new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);
}
