using BriefGen.Incremental;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Incremental;

public sealed class BuildLockTests
{
    [Fact]
    public void OutputLockedByAnotherBuild_Build_FailsWithBG4007AndLeavesTheSite()
    {
        var (site, output, state) = BuiltSite(seed: 21);
        var before = File.ReadAllBytes(Path.Combine(output, "index.html"));
        site.AddSeed();

        using (HoldLock(output, state))
        {
            var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output, StateDir = state, LockTimeout = TimeSpan.FromMilliseconds(200) });

            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Id == "BG4007");
        }

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "index.html")));
    }

    [Fact]
    public async Task OutputLockReleased_WaitingBuild_Proceeds()
    {
        var (site, output, state) = BuiltSite(seed: 22);
        site.AddSeed();
        var held = HoldLock(output, state);

        var build = Task.Run(() => new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output, StateDir = state, LockTimeout = TimeSpan.FromSeconds(30) }));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.False(build.IsCompleted);
        await held.DisposeAsync();

        var result = await build;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("briefs.json", result.Files);
    }

    [Fact]
    public void StateFolderUnusable_Build_RunsUnlockedAndWarnsBG4006()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 23);
        site.AddSeed();
        var state = Path.Combine(root, "state");
        File.WriteAllText(state, "a file where the state folder should be");

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = Path.Combine(root, "out"), StateDir = state, LockTimeout = TimeSpan.FromSeconds(30) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Id == "BG4006");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BG4007");
    }

    private static (RandomSite Site, string Output, string State) BuiltSite(int seed)
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed);
        for (var i = 0; i < 3; i++)
        {
            site.AddSeed();
        }

        var output = Path.Combine(root, "out");
        var state = Path.Combine(root, "state");
        Assert.True(new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output, StateDir = state }).Succeeded);
        return (site, output, state);
    }

    private static FileStream HoldLock(string output, string state)
        => new(BuildState.FileFor(output, state) + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}
