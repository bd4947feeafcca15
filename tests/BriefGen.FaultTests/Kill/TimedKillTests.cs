using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Kill;

/// <summary>Plain <c>kill -9</c> at spread-out moments of builds of a 1,000-brief site.</summary>
public sealed class TimedKillTests
{
    private const int Briefs = 1000;
    private static readonly double[] Fractions = [0.1, 0.25, 0.4, 0.55, 0.7, 0.8, 0.9, 0.97];

    [Theory]
    [InlineData(Scenario.FirstBuild)]
    [InlineData(Scenario.MirrorRebuild)]
    public void A_kill_at_any_moment_leaves_the_old_or_the_new_site(Scenario scenario)
    {
        Requires.Linux();
        using var bench = new FaultBench(scenario, Briefs, paragraphs: 2);
        var duration = bench.TimeUninterruptedBuild();
        var killed = 0;
        foreach (var fraction in Fractions)
        {
            var delay = duration * fraction;
            killed += bench.KillAndRecover(Launch.KilledAfter(delay), $"kill -9 after {delay.TotalMilliseconds:F0} ms") ? 1 : 0;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{scenario}: a build takes {duration.TotalMilliseconds:F0} ms; {killed} of {Fractions.Length} kills landed");
        bench.AssertNoProblems();
        Assert.True(killed >= Fractions.Length / 2, $"only {killed} kills landed before the build ended");
    }
}
