using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Placement;

/// <summary>
/// An output folder that is, contains, or lies inside the site's inputs is error BG4010 and nothing is touched:
/// every file under the site folder's parent hashes the same before and after.
/// </summary>
public sealed class OutputPlacementTests
{
    /// <summary>Where OUT is, relative to the site folder (<c>-o</c>), or <c>config:</c> + the config's <c>output</c>.</summary>
    public static TheoryData<string> Places =>
    [
        ".", "..", "seeds", "seeds/sub", "templates", "templates/_partials", "static", "static/files",
        "config:.", "config:..", "config:seeds",
    ];

    [Theory]
    [MemberData(nameof(Places))]
    public void An_output_folder_over_the_inputs_is_BG4010_and_touches_nothing(string place)
    {
        using var temp = new TempFolder();
        var site = new TestSite(temp["box", "site"], 4);
        var args = new List<string> { "build", site.Dir };
        if (place.StartsWith("config:", StringComparison.Ordinal))
        {
            site.WriteConfig("output: " + place["config:".Length..] + "\n");
        }
        else
        {
            args.AddRange(["-o", Path.GetFullPath(Path.Combine(site.Dir, place))]);
        }

        AssertRefused(temp, [.. args]);
    }

    [Fact]
    public void An_output_folder_that_is_the_templates_folder_given_by_option_is_BG4010()
    {
        using var temp = new TempFolder();
        var site = new TestSite(temp["box", "site"], 4);
        ProcessRunner.Must("cp", "-a", Path.Combine(site.Dir, "templates"), temp["box", "shared-templates"]);
        AssertRefused(temp, "build", site.Dir, "--templates", temp["box", "shared-templates"], "-o", temp["box", "shared-templates"]);
    }

    [Fact]
    public void An_output_folder_that_contains_the_config_file_given_by_option_is_BG4010()
    {
        using var temp = new TempFolder();
        var site = new TestSite(temp["box", "site"], 4);
        Directory.CreateDirectory(temp["box", "conf"]);
        File.Copy(site.ConfigFile, temp["box", "conf", "briefgen.yml"]);
        AssertRefused(temp, "build", site.Dir, "--config", temp["box", "conf", "briefgen.yml"], "-o", temp["box", "conf"]);
    }

    /// <summary>Runs <c>briefgen ARGS</c> and checks exit 1, BG4010, and every file of the temporary folder untouched.</summary>
    private static void AssertRefused(TempFolder temp, params string[] args)
    {
        var before = Tree.Of(temp.Path, inodes: true);
        var run = BriefGenCli.Run(Launch.Plain, temp.Path, args);
        Assert.True(run.ExitCode == 1 && run.ErrorsWithCode("BG4010").Any(), "expected exit 1 with error BG4010:\n" + run);
        Expect.NoCrash(run);
        Expect.Unchanged(temp.Path, before);
    }
}
