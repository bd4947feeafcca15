using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests;

/// <summary>A missing seeds folder after publishing is error BG1015 and keeps the site; an empty one is warning BG2004.</summary>
public sealed class SeedsFolderTests
{
    [Fact]
    public void A_missing_seeds_folder_after_publishing_is_BG1015_and_keeps_the_site()
    {
        using var ws = new Workspace();
        ws.Publish();
        var before = ws.Snapshot(inodes: true);
        Directory.Delete(ws.Site.SeedsDir, recursive: true);
        Expect.Failure(ws.Build(), "BG1015", ws, before);
    }

    [Fact]
    public void An_empty_seeds_folder_is_warning_BG2004()
    {
        using var ws = new Workspace();
        ws.Publish();
        foreach (var seed in Directory.GetFiles(ws.Site.SeedsDir))
        {
            File.Delete(seed);
        }

        var run = ws.Build();
        Expect.Success(run, ws);
        Assert.True(run.WarningLines.Any(l => l.Contains("warning BG2004", StringComparison.Ordinal)), "no warning BG2004:\n" + run);
    }
}
