using BriefGen.Tests.Incremental;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests;

/// <summary>The progress a build reports adds up to what it did: every seed read, every generated file rendered or kept.</summary>
public sealed class BuildProgressTests
{
    [Fact]
    public void CleanBuild_CountsEverySeedAndEveryGeneratedFile()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 31, seeds: 8);
        var progress = new BuildProgress();

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = Path.Combine(root, "out"), Progress = progress });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(BuildStage.Idle, progress.Stage);
        Assert.Equal((8, 8, 0), (progress.Seeds.Total, progress.Seeds.Done, progress.Seeds.Kept));
        Assert.Equal((result.FilesRendered, result.FilesRendered, 0), (progress.GeneratedFiles.Total, progress.GeneratedFiles.Done, progress.GeneratedFiles.Kept));
        Assert.True(progress.GeneratedFiles.Done > result.Files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), "pages, brief JSON, feeds");
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void IncrementalBuild_CountsWhatItKeptAmongTheTotal()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 32, seeds: 8);
        File.AppendAllText(Path.Combine(site.Root, "briefgen.yml"), "search: false\n"); // a new word plans a new index shard
        var generator = new BriefGenerator();
        var progress = new BuildProgress();
        var options = new SiteBuildOptions { SiteDir = site.Root, OutputDir = Path.Combine(root, "out"), Progress = progress };
        generator.Build(options);
        var planned = progress.GeneratedFiles.Total;
        var seed = Path.Combine(site.Root, "seeds", "b003.md");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("\n\n", "\n\nA new opening paragraph.\n\n", StringComparison.Ordinal));

        var result = generator.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Kept: every seed but the edited one and those held back, which the seed cache never keeps.
        Assert.Equal((8, 8, 7 - result.HeldCount), (progress.Seeds.Total, progress.Seeds.Done, progress.Seeds.Kept));
        Assert.Equal(1, result.HeldCount);
        Assert.Equal((planned, planned), (progress.GeneratedFiles.Total, progress.GeneratedFiles.Done));
        Assert.Equal(planned - result.FilesRendered, progress.GeneratedFiles.Kept);
        Assert.InRange(result.FilesRendered, 1, planned / 2);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void FailedBuild_LeavesTheProgressIdle()
    {
        var progress = new BuildProgress();

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = Path.Combine(TestSite.TempDir(), "missing"), Progress = progress });

        Assert.False(result.Succeeded);
        Assert.Equal(BuildStage.Idle, progress.Stage);
    }
}
