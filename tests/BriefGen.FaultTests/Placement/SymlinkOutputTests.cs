using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Placement;

/// <summary>
/// An output folder given as a symbolic link to a folder is resolved once: the link stays a link to the same place,
/// the folder it names holds the site (after rebuilds too), and a foreign file there is BG4011.
/// </summary>
public sealed class SymlinkOutputTests
{
    [Fact]
    public void Builds_and_rebuilds_go_into_the_linked_folder_and_the_link_stays()
    {
        using var ws = new Workspace();
        var target = LinkOut(ws);
        Expect.Success(ws.Build(), ws);
        AssertLinkKept(ws, target);
        for (var round = 0; round < 2; round++)
        {
            ws.Site.Edit(round);
            Expect.Success(ws.Build(), ws);
            AssertLinkKept(ws, target);
        }

        Assert.True(Tree.Of(target).SameAs(CleanBuild.Of(ws.Site)), "the linked folder does not hold the site");
        Expect.NothingBeside(target, "site", "work");
    }

    [Fact]
    public void A_foreign_file_in_the_linked_folder_is_BG4011()
    {
        using var ws = new Workspace();
        var target = LinkOut(ws);
        File.WriteAllText(Path.Combine(target, "CNAME"), "briefs.example.org\n");
        var before = Tree.Of(ws.Out, inodes: true); // through the link, as the check after the build looks
        var run = ws.Build();
        Expect.Failure(run, "BG4011", ws, before);
        AssertLinkKept(ws, target);
        Expect.Unchanged(target, before);
    }

    /// <summary>Makes OUT a link to a new empty folder <c>ROOT/target</c> and returns the folder.</summary>
    private static string LinkOut(Workspace ws)
    {
        var target = ws["target"];
        Directory.CreateDirectory(target);
        File.CreateSymbolicLink(ws.Out, target);
        return target;
    }

    private static void AssertLinkKept(Workspace ws, string target)
        => Assert.True(new FileInfo(ws.Out).LinkTarget == target, $"the output link was replaced or moved (now: {new FileInfo(ws.Out).LinkTarget ?? "not a link"})");
}
