using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests;

/// <summary>Exit codes 0 / 1 / 2, diagnostics instead of crashes, and the two outcomes of a build: clean equal, or untouched.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void A_usage_error_exits_2_without_a_crash()
    {
        using var ws = new Workspace();
        var run = ws.Build("--no-such-option");
        Assert.True(run.ExitCode == 2, "a usage error exits with 2:\n" + run);
        Expect.NoCrash(run);
        Assert.False(Directory.Exists(ws.Out), "a usage error wrote the output folder");
    }

    [Fact]
    public void A_build_exits_0_and_equals_a_clean_build()
    {
        using var ws = new Workspace();
        Expect.Success(ws.Build(), ws);
    }

    [Fact]
    public void Rebuilds_after_edits_equal_a_clean_build_each_time()
    {
        using var ws = new Workspace();
        ws.Publish();
        for (var round = 0; round < 3; round++)
        {
            ws.Site.Edit(round);
            ws.Site.AddBriefs(1);
            Expect.Success(ws.Build(), ws);
        }
    }

    [Fact]
    public void An_error_exits_1_and_leaves_the_output_byte_for_byte_and_inode_for_inode()
    {
        using var ws = new Workspace();
        ws.Publish();
        ws.Site.Edit(0);
        ws.Build();   // a second build, so the next one goes through the mirror
        var before = ws.Snapshot(inodes: true);
        ws.Site.Edit(1);
        ws.Site.AddBrokenSeed();
        Expect.Failure(ws.Build(), @"BG\d{4}", ws, before);
    }
}
