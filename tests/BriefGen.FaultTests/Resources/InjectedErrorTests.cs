using System.Globalization;
using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Resources;

/// <summary>
/// strace makes file-system calls of a rebuild fail from their N-th call on (<c>when=N+</c>): the build fails with a
/// BG4nnn error naming the path and the OS words and keeps the old site, or succeeds with the new one; never a crash,
/// never an error with OUT changed. (.NET writes files with <c>pwrite64</c>; <c>write</c> is the console's.)
/// </summary>
public sealed class InjectedErrorTests
{
    private static readonly int[] From = [1, 3, 8];

    /// <summary>How many consecutive opens fail: a burst, as when the process holds too many files for a moment.</summary>
    private const int OpenBurst = 4;

    public static TheoryData<string, string, string, Scenario> Faults => new()
    {
        { "pwrite64,pwritev", "ENOSPC", OsWords.NoSpace, Scenario.FirstRebuild },
        { "pwrite64,pwritev", "ENOSPC", OsWords.NoSpace, Scenario.MirrorRebuild },
        { "link,linkat", "ENOSPC", OsWords.NoSpace, Scenario.FirstRebuild },
        { "link,linkat", "ENOSPC", OsWords.NoSpace, Scenario.MirrorRebuild },
        { "rename,renameat,renameat2", "EACCES", OsWords.Denied, Scenario.FirstRebuild },
        { "rename,renameat,renameat2", "EACCES", OsWords.Denied, Scenario.MirrorRebuild },
        { "mkdir,mkdirat", "ENOSPC", OsWords.NoSpace, Scenario.FirstRebuild },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_failing_call_fails_the_build_cleanly_or_not_at_all(string calls, string errno, string words, Scenario scenario)
    {
        Requires.Strace();
        using var bench = new FaultBench(scenario);
        var reported = 0;
        foreach (var n in From)
        {
            var when = n.ToString(CultureInfo.InvariantCulture) + "+";
            reported += bench.FailOrSucceed(Strace.Inject(calls, "error=" + errno, when), words, $"{calls} failing with {errno} from call {n}") ? 1 : 0;
        }

        bench.AssertNoProblems();
        Assert.True(reported > 0, $"no run reported '{words}': the {errno} of {calls} was swallowed");
    }

    /// <summary>
    /// EMFILE for a burst of opens starting at the main thread's first, middle and last open for writing (failing
    /// every later open would also fail the runtime's own lazy loads, which no program survives).
    /// </summary>
    [Theory]
    [InlineData(Scenario.FirstRebuild)]
    [InlineData(Scenario.MirrorRebuild)]
    public void Too_many_open_files_fails_the_build_cleanly_or_not_at_all(Scenario scenario)
    {
        Requires.Strace();
        using var bench = new FaultBench(scenario);
        var log = bench.Ws["openat.log"];
        bench.RunPrepared(Strace.Record("openat", log));
        // The main thread's opens for writing (output files, the state): from the first, a middle one, the last.
        var writes = Strace.MainThreadCallNumbers(log, c => c.Contains("O_WRONLY", StringComparison.Ordinal) && c.Contains(bench.Ws.Root, StringComparison.Ordinal));
        Assert.True(writes.Count > 0, "the recorded rebuild opened nothing for writing");
        var reported = 0;
        foreach (var n in new[] { writes[0], writes[writes.Count / 2], writes[^1] }.Distinct())
        {
            var when = string.Create(CultureInfo.InvariantCulture, $"{n}..{n + OpenBurst - 1}");
            reported += bench.FailOrSucceed(Strace.Inject("openat", "error=EMFILE", when), OsWords.TooManyOpenFiles, $"openat failing with EMFILE at calls {when}") ? 1 : 0;
        }

        bench.AssertNoProblems();
        Assert.True(reported > 0, "no run reported 'Too many open files'");
    }
}
