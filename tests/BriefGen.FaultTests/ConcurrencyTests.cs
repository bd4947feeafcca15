using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests;

/// <summary>Builds of one output folder started together run one after the other and end equal to a clean build.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Concurrent_builds_serialise_and_equal_a_clean_build()
    {
        Requires.Linux();
        using var ws = new Workspace(briefs: 40);
        ws.Publish();
        for (var round = 0; round < 3; round++)
        {
            ws.Site.Edit(round);
            var builds = Enumerable.Range(0, 3).Select(_ => BriefGenCli.Start(ws.Root, "build", ws.Site.Dir, "-o", ws.Out)).ToList();
            foreach (var build in builds)
            {
                var output = build.StandardOutput.ReadToEnd() + build.StandardError.ReadToEnd();
                build.WaitForExit();
                Assert.True(build.ExitCode == 0, $"a concurrent build failed (exit {build.ExitCode}):\n{output}");
                Assert.DoesNotContain("BG9001", output, StringComparison.Ordinal);
                build.Dispose();
            }

            Expect.EqualsCleanBuild(ws);
            Expect.NothingBeside(ws.Out);
        }
    }
}
