using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Resources;

/// <summary>A real full disk: the output folder and its state on a 2 MiB tmpfs.</summary>
public sealed class DiskFullTests
{
    [Fact]
    public void A_first_build_that_does_not_fit_fails_and_leaves_nothing()
    {
        Requires.Tmpfs();
        using var ws = new Workspace(briefs: 300, paragraphs: 6);
        Mounts.Tmpfs(ws["work"], "size=2m");
        var before = ws.Snapshot();
        Expect.ResourceFailure(ws.Build(), OsWords.NoSpace, ws, before);
    }

    [Fact]
    public void A_rebuild_that_does_not_fit_fails_and_keeps_the_old_site()
    {
        Requires.Tmpfs();
        using var ws = new Workspace();
        Mounts.Tmpfs(ws["work"], "size=2m");
        ws.Publish();
        ws.Site.Edit(1);
        ws.Publish();
        var before = ws.Snapshot(inodes: true);
        ws.Site.AddBriefs(300);
        Expect.ResourceFailure(ws.Build(), OsWords.NoSpace, ws, before);
    }
}
