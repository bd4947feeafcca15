using BriefGen.FileSystem;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Output;

public sealed class FileStampTests
{
    [Fact]
    public void RegularFile_Of_MatchesWhatDotNetReads()
    {
        var root = TestSite.TempDir();
        var file = Path.Combine(root, "page ä.html");
        File.WriteAllText(file, "<p>bytes</p>");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1234567));

        var stamp = FileStamp.Of(file);

        var info = new FileInfo(file);
        Assert.Equal(new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks), stamp);
        Assert.Equal(12, stamp!.Value.Length);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void FolderLinkOrMissing_Of_IsNull()
    {
        var root = TestSite.TempDir();
        var target = Path.Combine(root, "target.html");
        File.WriteAllText(target, "x");
        var link = Path.Combine(root, "link.html");
        File.CreateSymbolicLink(link, target);

        Assert.Null(FileStamp.Of(root));
        Assert.Null(FileStamp.Of(link)); // not followed: a kept file that became a link is written again
        Assert.Null(FileStamp.Of(Path.Combine(root, "missing.html")));
        Assert.NotNull(FileStamp.Of(target));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>Looked up below an open folder, every kind of entry reads as it does by its full path.</summary>
    [Fact]
    public void EntriesBelowAnOpenFolder_ReadAsByTheirFullPaths()
    {
        var root = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(root, "sub", "deeper"));
        File.WriteAllText(Path.Combine(root, "page ä.html"), "one");
        File.WriteAllText(Path.Combine(root, "sub", "deeper", "index.html"), "three");
        File.CreateSymbolicLink(Path.Combine(root, "link.html"), Path.Combine(root, "page ä.html"));
        string[] entries = ["page ä.html", "sub/deeper/index.html", "sub", "link.html", "missing.html", "sub/missing/x.html"];

        using (var open = OpenFolder.Open(root))
        {
            Assert.Equal(OperatingSystem.IsLinux(), open.IsHeld);
            foreach (var entry in entries)
            {
                Assert.Equal(FileStamp.Of(Path.Combine(root, entry)), open.Stamp(entry));
            }

            Assert.Equal(PathKind.Folder, open.Probe("sub", out _));
            Assert.Equal(PathKind.Link, open.Probe("link.html", out _));
            Assert.Equal(PathKind.Missing, open.Probe("missing.html", out _));
        }

        using (var missing = OpenFolder.Open(Path.Combine(root, "gone")))
        {
            Assert.False(missing.IsHeld);
            Assert.Equal(PathKind.Missing, missing.Probe("page ä.html", out _));
        }

        Directory.Delete(root, recursive: true);
    }
}
