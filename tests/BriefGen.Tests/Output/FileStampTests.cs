using BriefGen.Output;
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
}
