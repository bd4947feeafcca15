using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Kill;

/// <summary>
/// SIGKILL delivered by strace exactly at the N-th call that changes the folder tree (rename, link, unlink, mkdir),
/// for N spread over the build, and at every rename (the commit and the state's replacement).
/// </summary>
public sealed class InjectedKillTests
{
    /// <summary>Call numbers for every tree-changing call: dense at first, then spread until the build outruns them.</summary>
    private static readonly int[] Spread = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144];

    public static TheoryData<Scenario> Scenarios => [Scenario.FirstBuild, Scenario.FirstRebuild, Scenario.MirrorRebuild];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_kill_at_any_tree_call_leaves_the_old_or_the_new_site(Scenario scenario)
        => KillAt(scenario, Strace.TreeCalls, Spread);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_kill_at_any_rename_leaves_the_old_or_the_new_site(Scenario scenario)
        => KillAt(scenario, Strace.Renames, Enumerable.Range(1, 8));

    private static void KillAt(Scenario scenario, string calls, IEnumerable<int> numbers)
    {
        Requires.Strace();
        using var bench = new FaultBench(scenario);
        var killed = new List<int>();
        foreach (var n in numbers)
        {
            if (!bench.KillAndRecover(Strace.Inject(calls, "signal=KILL", n.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"kill at call {n} of {calls}"))
            {
                break;
            }

            killed.Add(n);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{scenario}: killed at call {string.Join(", ", killed)} of {calls}");
        bench.AssertNoProblems();
        Assert.True(killed.Count >= 2, $"strace killed the build at only {killed.Count} point(s): the injection did not work");
    }
}
