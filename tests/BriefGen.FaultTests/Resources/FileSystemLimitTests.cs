using System.Globalization;
using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Resources;

/// <summary>A file system that turns read-only, or runs out of inodes, under a published site.</summary>
public sealed class FileSystemLimitTests
{
    [Fact]
    public void A_rebuild_on_a_read_only_file_system_fails_and_keeps_the_site()
    {
        Requires.Tmpfs();
        using var ws = new Workspace();
        Mounts.Tmpfs(ws["work"], "size=16m");
        ws.Publish();
        Mounts.Remount(ws["work"], "ro");
        var before = ws.Snapshot(inodes: true);
        ws.Site.Edit(0);
        Expect.ResourceFailure(ws.Build(), OsWords.ReadOnly, ws, before);
    }

    /// <summary>Inodes left free on the tmpfs when the rebuild starts.</summary>
    public static TheoryData<int> SpareInodes => [0, 2, 8, 32];

    [Theory]
    [MemberData(nameof(SpareInodes))]
    public void A_rebuild_out_of_inodes_fails_with_the_old_site_or_warns_with_the_new(int spare)
    {
        Requires.Tmpfs();
        using var ws = new Workspace();
        Mounts.Tmpfs(ws["work"], "size=16m");
        ws.Publish();
        var used = UsedInodes(ws["work"]);
        Mounts.Remount(ws["work"], "nr_inodes=" + (used + spare).ToString(CultureInfo.InvariantCulture));
        var before = ws.Snapshot(inodes: true);
        ws.Site.AddBriefs(12);
        ws.Site.Edit(0);
        var run = ws.Build();
        if (run.ExitCode == 0)
        {
            Expect.Success(run, ws);
            Assert.True(run.WarningLines.Any(), "a rebuild out of inodes succeeded without a warning:\n" + run);
        }
        else
        {
            Expect.ResourceFailure(run, OsWords.NoSpace, ws, before);
        }
    }

    private static long UsedInodes(string mount)
    {
        var result = ProcessRunner.Run(["df", "--output=iused", mount], "/");
        return long.Parse(result.Lines[^1].Trim(), CultureInfo.InvariantCulture);
    }
}
