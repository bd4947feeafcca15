using BriefGen.Tests.Incremental;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Output;

public sealed class SiteMirrorTests
{
    [Fact]
    public void Rebuilds_KeepAMirrorEqualToTheOutput_FileForFile()
    {
        var (site, output, state) = NewSite(seed: 11);
        Build(site, output, state);
        Assert.Empty(Directory.GetDirectories(state, "*.mirror")); // a first build into a new folder makes none

        Build(site, output, state);
        var mirror = Assert.Single(Directory.GetDirectories(state, "*.mirror"));
        Assert.True(File.Exists(mirror + ".ready"));
        AssertSameTree(output, mirror);

        site.Step();
        site.AddSeed();
        var rebuilt = Build(site, output, state);

        AssertSameTree(output, mirror);
        Assert.Equal(rebuilt.Files, Tree(output).Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(state, "*.pending-*"));
    }

    [Fact]
    public void WriteThroughMirror_RewritesOnlyChangedFiles()
    {
        var (site, output, state) = NewSite(seed: 12);
        Build(site, output, state);
        Build(site, output, state);
        var times = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(output, f), File.GetLastWriteTimeUtc);
        var bytes = Tree(output);

        site.AddSeed();
        var rebuilt = Build(site, output, state);

        var after = Tree(output);
        var changed = after.Where(kv => !bytes.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key).ToList();
        Assert.Equal(changed.Count, rebuilt.FilesWritten);
        foreach (var (file, time) in times.Where(kv => after.ContainsKey(kv.Key) && !changed.Contains(kv.Key)))
        {
            Assert.Equal(time, File.GetLastWriteTimeUtc(Path.Combine(output, file)));
        }
    }

    [Fact]
    public void FailedBuild_LeavesOutputAndMirrorAsTheyWere()
    {
        var (site, output, state) = NewSite(seed: 13);
        Build(site, output, state);
        Build(site, output, state);
        var before = Tree(output);
        var mirror = Assert.Single(Directory.GetDirectories(state, "*.mirror"));
        File.WriteAllText(Path.Combine(site.Root, "templates", "topic.sbn-html"), "{{ include 'missing.sbn-html' }}");
        site.AddSeed();

        var failed = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output, StateDir = state });

        Assert.False(failed.Succeeded);
        Assert.Equal(before, Tree(output));
        Assert.True(File.Exists(mirror + ".ready"));
        AssertSameTree(output, mirror);
        File.Delete(Path.Combine(site.Root, "templates", "topic.sbn-html"));
        var fixedBuild = Build(site, output, state);
        var clean = Build(site, Path.Combine(Path.GetDirectoryName(output)!, "clean"), state);
        Assert.Equal(Tree(clean.OutputDir), Tree(output));
        Assert.Equal(clean.Files, fixedBuild.Files);
    }

    [Fact]
    public void MirrorFileReplacedByHand_SameSizeAndTime_IsNeverPublished()
    {
        var (site, output, state) = NewSite(seed: 16);
        Build(site, output, state);
        Build(site, output, state);
        var mirror = Assert.Single(Directory.GetDirectories(state, "*.mirror"));
        var page = Path.Combine(mirror, "assets", "style.css"); // unchanged by the edits below: only the mirror could bring it back
        var time = File.GetLastWriteTimeUtc(page);
        var length = new FileInfo(page).Length;
        File.Delete(page);
        File.WriteAllText(page, new string('x', (int)length));
        File.SetLastWriteTimeUtc(page, time);

        for (var i = 0; i < 2; i++)
        {
            site.AddSeed(); // a rebuild through the mirror, then one through the former output folder
            Build(site, output, state);
            var clean = Build(site, Path.Combine(Path.GetDirectoryName(output)!, $"clean-{i}"), state);
            Assert.Equal(Tree(clean.OutputDir), Tree(output));
        }
    }

    [Theory]
    [InlineData(1)] // the rebuild stages a full tree
    [InlineData(2)] // the rebuild writes through the mirror
    public void SymbolicLinkInThePreviousOutput_IsReplacedByAFile(int buildsBefore)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // symbolic links need privileges there
        }

        var (site, output, state) = NewSite(seed: 14);
        for (var i = 0; i < buildsBefore; i++)
        {
            Build(site, output, state);
        }

        var page = Path.Combine(output, "topics", "index.html");
        var outside = Path.Combine(Path.GetDirectoryName(output)!, "outside.html");
        File.Copy(page, outside);
        var stamp = File.GetLastWriteTimeUtc(page);
        File.Delete(page);
        File.CreateSymbolicLink(page, outside);
        File.SetLastWriteTimeUtc(outside, stamp);
        Assert.True(FileSystem.SymbolicLinks.IsLink(new FileInfo(page)));

        Build(site, output, state);

        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Equal(File.ReadAllBytes(outside), File.ReadAllBytes(page));
    }

    [Fact]
    public void StaticFileBecomesAFolder_WriteThroughMirror_EqualsCleanBuild()
    {
        var (site, output, state) = NewSite(seed: 15);
        var staticDir = Path.Combine(site.Root, "static");
        Directory.CreateDirectory(staticDir);
        File.WriteAllText(Path.Combine(staticDir, "docs"), "a file first");
        Build(site, output, state);
        Build(site, output, state);

        File.Delete(Path.Combine(staticDir, "docs"));
        Directory.CreateDirectory(Path.Combine(staticDir, "docs"));
        File.WriteAllText(Path.Combine(staticDir, "docs", "readme.txt"), "then a folder");
        Build(site, output, state);
        var clean = Build(site, Path.Combine(Path.GetDirectoryName(output)!, "clean"), state);

        Assert.Equal(Tree(clean.OutputDir), Tree(output));
        AssertSameTree(output, Assert.Single(Directory.GetDirectories(state, "out-*.mirror")));

        Directory.Delete(Path.Combine(staticDir, "docs"), recursive: true);
        File.WriteAllText(Path.Combine(staticDir, "docs"), "a file again");
        Build(site, output, state);
        Assert.Equal("a file again", File.ReadAllText(Path.Combine(output, "docs")));
        AssertSameTree(output, Assert.Single(Directory.GetDirectories(state, "out-*.mirror")));
    }

    private static (RandomSite Site, string Output, string State) NewSite(int seed)
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed);
        for (var i = 0; i < 5; i++)
        {
            site.AddSeed();
        }

        return (site, Path.Combine(root, "out"), Path.Combine(root, "state"));
    }

    private static BuildResult Build(RandomSite site, string output, string state)
    {
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output, StateDir = state });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static SortedDictionary<string, string> Tree(string dir)
        => new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToBase64String(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>Same files, bytes and modification times: the mirror's files are the output's, linked.</summary>
    private static void AssertSameTree(string output, string mirror)
    {
        Assert.Equal(Tree(output), Tree(mirror));
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(File.GetLastWriteTimeUtc(file), File.GetLastWriteTimeUtc(Path.Combine(mirror, Path.GetRelativePath(output, file))));
        }
    }
}
