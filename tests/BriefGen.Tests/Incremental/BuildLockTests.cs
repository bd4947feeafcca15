using System.Diagnostics;
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

    /// <summary>
    /// A build in a process with .NET's file locking off (as the CLI runs) and one in a process with it on (an older
    /// CLI, the MSBuild task, this test) exclude each other: the other process waits while this one holds the lock,
    /// then this one finds the lock held at least once while the other builds.
    /// </summary>
    [Fact]
    public void BuildWithFileLockingOff_ExcludesABuildWithItOn()
    {
        var root = TestSite.TempDir();
        var site = RandomSite.WithSeeds(root, seed: 24, seeds: 20);
        var output = Path.Combine(root, "out");
        var stateFile = BuildState.FileFor(output, stateDir: null);
        Directory.CreateDirectory(Path.GetDirectoryName(stateFile)!);

        var holding = HoldLock(output, stateDir: null);
        using var other = StartCliWithoutFileLocking("build", site.Root, "-o", output, "-q");
        Assert.False(other.WaitForExit(TimeSpan.FromSeconds(2)), "the other build did not wait for the lock");
        holding.Dispose();

        var foundHeld = false;
        while (!foundHeld && !other.HasExited)
        {
            foundHeld = !BuildLock.TryAcquire(stateFile, TimeSpan.Zero, out var held);
            held?.Dispose();
            Thread.Sleep(1);
        }

        var errors = other.StandardError.ReadToEnd();
        Assert.True(other.WaitForExit(60_000));
        Assert.True(foundHeld, "the other build never held the lock");
        Assert.True(other.ExitCode == 0, errors);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
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

    private static FileStream HoldLock(string output, string? stateDir)
        => new(BuildState.FileFor(output, stateDir) + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    /// <summary>The briefgen command line in a process of its own, with .NET's file locking off.</summary>
    private static Process StartCliWithoutFileLocking(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefGen.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_SYSTEM_IO_DISABLEFILELOCKING"] = "1";
        return Process.Start(start)!;
    }
}
