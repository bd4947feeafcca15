using System.Collections.Concurrent;

namespace BriefGen.FaultTests.Infrastructure;

/// <summary>The tree a clean build of a site makes in a fresh folder, cached by the site's content.</summary>
internal static class CleanBuild
{
    private static readonly ConcurrentDictionary<string, Tree> Cache = new();

    /// <summary>Builds <paramref name="site"/> as it is now into a fresh folder (once per distinct content) and returns the tree.</summary>
    public static Tree Of(TestSite site)
        => Cache.GetOrAdd(Tree.Of(site.Dir).Fingerprint(), _ => Build(site));

    private static Tree Build(TestSite site)
    {
        using var fresh = new TempFolder();
        var outDir = fresh["clean", "published"];
        var run = BriefGenCli.Run(Launch.Plain, fresh.Path, "build", site.Dir, "-o", outDir);
        Assert.True(run.ExitCode == 0, "the clean build failed: " + run);
        return Tree.Of(outDir);
    }
}
