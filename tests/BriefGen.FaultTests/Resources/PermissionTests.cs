using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Resources;

/// <summary>
/// Permission denied for an unprivileged user (<c>nobody</c>): a folder of the published site, or the folder that
/// holds it, made read-only (<c>chmod 555</c>) before a rebuild after a seed edit.
/// </summary>
public sealed class PermissionTests
{
    private static readonly Lazy<string> CliCopy = new(CopyCli);

    /// <summary>The folder made read-only, relative to the workspace.</summary>
    public static TheoryData<string> ReadOnlyFolders => ["work/published", "work/published/briefs", "work"];

    [Theory]
    [MemberData(nameof(ReadOnlyFolders))]
    public void A_rebuild_denied_permission_fails_and_keeps_the_site(string folder)
    {
        Requires.Setpriv();
        using var ws = new Workspace();
        ProcessRunner.Must("chown", "-R", "nobody:nogroup", ws.Root);
        var nobody = AsNobody(ws);
        Expect.Success(ws.Build(nobody), ws);
        ws.Site.Edit(1);
        Expect.Success(ws.Build(nobody), ws);   // a mirror now exists: the next build swaps folders
        ProcessRunner.Must("chmod", "555", ws[folder]);
        var before = ws.Snapshot(inodes: true);
        ws.Site.Edit(0);
        Expect.ResourceFailure(ws.Build(nobody), OsWords.Denied, ws, before);
    }

    private static Launch AsNobody(Workspace ws)
        => new(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", "env", "HOME=" + ws.Root], CliCopy.Value);

    /// <summary>The published CLI copied into a folder every user can read (the original may sit under /root).</summary>
    private static string CopyCli()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefgen-faults-cli-nobody-" + Guid.NewGuid().ToString("N")[..8]);
        ProcessRunner.Must("cp", "-r", Path.GetDirectoryName(BriefGenCli.Dll)!, folder);
        ProcessRunner.Must("chmod", "-R", "a+rX", folder);
        return Path.Combine(folder, Path.GetFileName(BriefGenCli.Dll));
    }
}
