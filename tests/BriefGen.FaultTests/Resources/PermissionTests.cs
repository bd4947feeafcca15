using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Resources;

/// <summary>
/// Permission denied for an unprivileged user (<c>nobody</c>): a folder of the published site, or the folder that
/// holds it, made read-only (<c>chmod 555</c>) before a rebuild after a seed edit.
/// </summary>
public sealed class PermissionTests
{
    private static readonly Lazy<string> CliCopy = new(CopyCli);

    /// <summary>The folder made read-only, relative to the workspace: OUT itself, or the folder that holds it.</summary>
    public static TheoryData<string> ReadOnlyFolders => ["work/published", "work"];

    [Theory]
    [MemberData(nameof(ReadOnlyFolders))]
    public void A_rebuild_denied_permission_fails_and_keeps_the_site(string folder)
    {
        var (ws, nobody) = PublishedTwiceAsNobody();
        using var _ = ws;
        ProcessRunner.Must("chmod", "555", ws[folder]);
        var before = ws.Snapshot(inodes: true);
        ws.Site.Edit(0);
        Expect.ResourceFailure(ws.Build(nobody), OsWords.Denied, ws, before);
    }

    /// <summary>
    /// A read-only folder inside the site is no reason to fail: the site is replaced whole, by renames its parent
    /// allows, never written into. The build succeeds, and the next one tidies the previous tree away.
    /// </summary>
    [Fact]
    public void A_read_only_folder_inside_the_site_is_replaced_with_it()
    {
        var (ws, nobody) = PublishedTwiceAsNobody();
        using var _ = ws;
        ProcessRunner.Must("chmod", "555", ws["work/published/briefs"]);
        ws.Site.Edit(0);
        Expect.Success(ws.Build(nobody), ws);
        ws.Site.Edit(2);
        Expect.Success(ws.Build(nobody), ws);
    }

    /// <summary>A site owned by nobody, built twice by nobody, so a mirror exists and the next build swaps folders.</summary>
    private static (Workspace Ws, Launch Nobody) PublishedTwiceAsNobody()
    {
        Requires.Setpriv();
        var ws = new Workspace();
        ProcessRunner.Must("chown", "-R", "nobody:nogroup", ws.Root);
        var nobody = AsNobody(ws);
        Expect.Success(ws.Build(nobody), ws);
        ws.Site.Edit(1);
        Expect.Success(ws.Build(nobody), ws);
        return (ws, nobody);
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
