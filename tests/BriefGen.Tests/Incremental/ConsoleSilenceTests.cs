using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Incremental;

/// <summary>
/// The library reports through diagnostics and results only: the console belongs to its host (the CLI's own writer,
/// MSBuild's logger). Not run beside other tests, since the console is the process's.
/// </summary>
[CollectionDefinition(nameof(ConsoleSilenceTests), DisableParallelization = true)]
[Collection(nameof(ConsoleSilenceTests))]
public sealed class ConsoleSilenceTests
{
    [Fact]
    public void FullBuildAndRebuilds_WriteNothingToTheConsole()
    {
        var root = TestSite.TempDir();
        var site = new RandomSite(Path.Combine(root, "site"), seed: 5);
        for (var i = 0; i < 12; i++)
        {
            site.AddSeed();
        }

        var (stdout, stderr) = (Console.Out, Console.Error);
        var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            var output = Path.Combine(root, "out");
            for (var build = 0; build < 4; build++)
            {
                Assert.True(new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output }).Succeeded);
                site.Step(); // full build, the mirror, then rebuilds through the journal
            }
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }

        Assert.Equal("", captured.ToString());
        Directory.Delete(root, recursive: true);
    }
}
