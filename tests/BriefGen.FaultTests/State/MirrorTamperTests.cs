using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.State;

/// <summary>
/// A mirror file replaced by hand with other bytes of the same size and time (<c>touch -r</c>) must not reach the
/// site: two rebuilds, each after a seed edit, both equal a clean build.
/// </summary>
public sealed class MirrorTamperTests
{
    /// <summary>Mirror files (relative to the mirror) that the seed edits do not change.</summary>
    public static TheoryData<string> Files => ["notes.txt", "robots.txt", "briefs/brief-5-treaty-and-market/index.html", "assets/style.css"];

    [Theory]
    [MemberData(nameof(Files))]
    public void A_replaced_mirror_file_never_reaches_the_site(string relative)
    {
        Requires.Linux();
        using var ws = new Workspace();
        ws.Publish();
        ws.Site.Edit(1);
        ws.Publish();
        var mirror = Directory.GetDirectories(ws.StateDir, "*.mirror").SingleOrDefault();
        Assert.True(mirror is not null, "no mirror in the state folder after two builds");
        var file = Path.Combine(mirror, relative);
        Assert.True(File.Exists(file), $"the mirror has no {relative}: " + string.Join(", ", Directory.GetFiles(mirror).Select(Path.GetFileName)));
        ReplaceKeepingSizeAndTime(file);
        for (var round = 0; round < 2; round++)
        {
            ws.Site.Edit(2 + round);
            Expect.Success(ws.Build(), ws);
        }
    }

    /// <summary>Replaces the file (a new inode, so the output's link is not written through) with bytes of one size and one time.</summary>
    private static void ReplaceKeepingSizeAndTime(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var time = File.GetLastWriteTimeUtc(file);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == (byte)'x' ? (byte)'y' : (byte)'x';
        }

        File.Delete(file);
        File.WriteAllBytes(file, bytes);
        File.SetLastWriteTimeUtc(file, time);
    }
}
