using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Kill;

/// <summary>Plain <c>kill -9</c> at spread-out moments of builds of an 800-brief site (alone: the timing needs the machine).</summary>
[Collection(nameof(TimedKillTests))]
public sealed class TimedKillTests
{
    private const int Briefs = 800;
    private static readonly double[] Fractions = [0.15, 0.35, 0.55, 0.75, 0.92];

    [Theory]
    [InlineData(Scenario.FirstBuild)]
    [InlineData(Scenario.MirrorRebuild)]
    public void A_kill_at_any_moment_leaves_the_old_or_the_new_site(Scenario scenario)
    {
        Requires.Linux();
        using var bench = new FaultBench(scenario, Briefs, paragraphs: 2);
        var duration = Math.Min(bench.TimeUninterruptedBuild().Ticks, bench.TimeUninterruptedBuild().Ticks) * TimeSpan.FromTicks(1);
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

/// <summary>Runs <see cref="TimedKillTests"/> after the others, with nothing beside it.</summary>
[CollectionDefinition(nameof(TimedKillTests), DisableParallelization = true)]
public sealed class TimedKillCollection;
