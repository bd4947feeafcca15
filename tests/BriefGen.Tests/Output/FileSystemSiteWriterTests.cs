using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Output;

public sealed class FileSystemSiteWriterTests
{
    private static Dictionary<string, byte[]> ReadTree(string dir)
        => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Fact]
    public void Build_TwiceIntoTwoFolders_GivesIdenticalTrees()
    {
        var a = Path.Combine(TestSite.TempDir(), "a");
        var b = Path.Combine(TestSite.TempDir(), "b");
        TestSite.BuildToDisk(new SiteBuildOptions { SiteDir = TestSite.Demo, OutputDir = a, MaxParallelism = 1 });
        TestSite.BuildToDisk(new SiteBuildOptions { SiteDir = TestSite.Demo, OutputDir = b, MaxParallelism = 4 });

        var treeA = ReadTree(a);
        var treeB = ReadTree(b);
        Assert.Equal(treeA.Keys.Order(), treeB.Keys.Order());
        Assert.All(treeA, kv => Assert.Equal(kv.Value, treeB[kv.Key]));
    }

    [Fact]
    public void Build_FailingTemplate_LeavesPreviousOutputUnchanged()
    {
        var output = Path.Combine(TestSite.TempDir(), "_site");
        TestSite.BuildToDisk(new SiteBuildOptions { SiteDir = TestSite.Demo, OutputDir = output });
        var before = ReadTree(output);
        var templates = TestSite.TempDir();
        File.WriteAllText(Path.Combine(templates, "topic.sbn-html"), "{{ include 'missing.sbn-html' }}");
        File.WriteAllText(Path.Combine(templates, "brief.sbn-html"), "ok {{ brief.title }}");

        var result = TestSite.BuildToDisk(new SiteBuildOptions { SiteDir = TestSite.Demo, OutputDir = output, TemplatesDir = templates });

        Assert.False(result.Succeeded);
        var after = ReadTree(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!, "_site.staging-*"));
    }

    [Fact]
    public void Build_UnchangedFile_IsHardLinkedFromPreviousBuild()
    {
        var output = Path.Combine(TestSite.TempDir(), "_site");
        TestSite.BuildToDisk(new SiteBuildOptions { SiteDir = TestSite.Demo, OutputDir = output });
        var index = Path.Combine(output, "index.html");
        var mtime = File.GetLastWriteTimeUtc(index);

        var second = TestSite.BuildToDisk(new SiteBuildOptions { SiteDir = TestSite.Demo, OutputDir = output });

        Assert.True(second.Succeeded);
        Assert.Equal(mtime, File.GetLastWriteTimeUtc(index));
        Assert.True(second.FilesWritten < second.Files.Length);
    }

    [Fact]
    public void OutputPath_TraversalOrAbsolute_IsRejected()
    {
        foreach (var bad in new[] { "../x", "a/../../x", "/etc/passwd", "a\\b", "c:x", "a//b", "", ".", "./a", "a/.", "a/", "..", "a/\u0001b", "x\u007f/y", "a/b\u0085", "\u001f" })
        {
            Assert.False(FileSystem.OutputPath.TryCreate(bad, out _), bad);
        }

        foreach (var good in new[] { "briefs/x/index.html", "a", "a.b/c..d/...", "topics/é/index.html", "x\u00a0y" })
        {
            Assert.True(FileSystem.OutputPath.TryCreate(good, out _), good);
        }
    }
}
