using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Placement;

/// <summary>
/// A first build into a non-empty folder BriefGen does not own is error BG4011 naming a foreign file, and touches
/// nothing; <c>--clean-destination</c> replaces the folder's contents; an empty folder is simply used.
/// </summary>
public sealed class ForeignDestinationTests
{
    /// <summary>Foreign files a publishing folder typically holds, relative to it.</summary>
    public static TheoryData<string> ForeignFiles => ["CNAME", ".nojekyll", ".git/HEAD", "downloads/report.pdf", "index.html"];

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public void A_folder_with_a_foreign_file_is_BG4011_naming_it_and_untouched(string foreign)
    {
        using var ws = new Workspace();
        var before = PlantForeign(ws, foreign);
        var run = ws.Build();
        Expect.Failure(run, "BG4011", ws, before);
        var named = foreign.Split('/');
        Assert.True(run.ErrorsWithCode("BG4011").Any(l => named.Any(part => l.Contains(part, StringComparison.Ordinal))), $"BG4011 does not name '{foreign}':\n" + run);
    }

    [Theory]
    [MemberData(nameof(ForeignFiles))]
    public void Clean_destination_replaces_a_foreign_folder(string foreign)
    {
        using var ws = new Workspace();
        PlantForeign(ws, foreign);
        Expect.Success(ws.Build("--clean-destination"), ws);
    }

    [Fact]
    public void An_empty_existing_folder_is_used()
    {
        using var ws = new Workspace();
        Directory.CreateDirectory(ws.Out);
        Expect.Success(ws.Build(), ws);
    }

    /// <summary>Creates the output folder holding <paramref name="foreign"/> and returns its tree (with inodes).</summary>
    private static Tree PlantForeign(Workspace ws, string foreign)
    {
        var path = Path.Combine(ws.Out, foreign);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, foreign.EndsWith(".html", StringComparison.Ordinal) ? "<!doctype html><title>mine</title>\n" : "user content\n");
        return ws.Snapshot(inodes: true);
    }
}
