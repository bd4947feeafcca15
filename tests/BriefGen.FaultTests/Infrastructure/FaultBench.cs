using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Infrastructure;

/// <summary>The builds a fault interrupts.</summary>
public enum Scenario
{
    /// <summary>A first build into an existing empty folder (a staging tree, no state yet).</summary>
    FirstBuild,

    /// <summary>The first rebuild after a seed edit: no mirror yet, so a full tree of hard links is staged.</summary>
    FirstRebuild,

    /// <summary>A later rebuild after a seed edit, written through the mirror and swapped in.</summary>
    MirrorRebuild,
}

/// <summary>
/// A workspace prepared for one <see cref="Scenario"/>, saved so that each fault starts from it again. After a kill
/// OUT must be the old site or the new one and the next build must equal a clean build; after an injected error the
/// build must fail cleanly (OUT the old site) or succeed (OUT the new site). Problems are collected, not thrown, so
/// one test reports every fault point that went wrong.
/// </summary>
internal sealed class FaultBench : IDisposable
{
    private readonly SavedCopy _saved;
    private readonly Tree _old;
    private readonly Tree _new;
    private readonly List<string> _problems = [];

    public FaultBench(Scenario scenario, int briefs = 8, int paragraphs = 3)
    {
        Ws = new Workspace(briefs, paragraphs);
        if (scenario == Scenario.FirstBuild)
        {
            Directory.CreateDirectory(Ws.Out);
        }
        else
        {
            Ws.Publish();
            if (scenario == Scenario.MirrorRebuild)
            {
                Ws.Site.Edit(1);
                Ws.Publish();
            }

            Ws.Site.Edit(0);
        }

        _old = Ws.Snapshot();
        _new = CleanBuild.Of(Ws.Site);
        _saved = SavedCopy.Of(Ws);
    }

    public Workspace Ws { get; }

    /// <summary>OUT before the build under test.</summary>
    public Tree Old => _old;

    /// <summary>What went wrong so far, one entry per fault.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>
    /// Restores the prepared state, runs the build under <paramref name="launch"/>, checks what a kill may leave and
    /// that the next build recovers. Returns whether the run was killed (false: it ran to its end).
    /// </summary>
    public bool KillAndRecover(Launch launch, string label)
    {
        var run = RunPrepared(launch);
        if (!run.Killed)
        {
            Check(label + " (not killed)", () => Expect.Success(run, Ws));
            return false;
        }

        var now = Ws.Snapshot();
        if (!now.SameAs(_old) && !now.SameAs(_new))
        {
            _problems.Add($"{label}: after the kill OUT is neither the old site nor the new one:\nvs old:\n{now.DiffFrom(_old, 6)}\nvs new:\n{now.DiffFrom(_new, 6)}");
        }

        Check(label + ", then the next build", () => Expect.Success(Ws.Build(), Ws));
        return true;
    }

    /// <summary>
    /// Restores the prepared state and runs the build under <paramref name="launch"/>, which injects an error: it must
    /// fail with a BG4nnn error saying <paramref name="osWords"/> and keep the old site, or succeed with the new one.
    /// Returns whether any diagnostic said <paramref name="osWords"/>.
    /// </summary>
    public bool FailOrSucceed(Launch launch, string osWords, string label)
    {
        var run = RunPrepared(launch);
        Check(label, () =>
        {
            if (run.ExitCode == 0)
            {
                Expect.Success(run, Ws);
            }
            else
            {
                Expect.ResourceFailure(run, osWords, Ws, _old);
            }
        });
        return run.Lines.Any(l => l.Contains(osWords, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Restores the prepared state and runs the build under <paramref name="launch"/>.</summary>
    public CliRun RunPrepared(Launch launch)
    {
        _saved.Restore();
        return Ws.Build(launch);
    }

    /// <summary>
    /// Restores the prepared state and times the build uninterrupted (checking it like any other run): the build's
    /// process alone, not the restore, so kills timed from it land inside the build.
    /// </summary>
    public TimeSpan TimeUninterruptedBuild()
    {
        _saved.Restore();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = Ws.Build(Launch.Plain);
        var elapsed = clock.Elapsed;
        Check("the uninterrupted build", () => Expect.Success(run, Ws));
        return elapsed;
    }

    /// <summary>Fails with every problem collected.</summary>
    public void AssertNoProblems() => Assert.True(_problems.Count == 0, string.Join("\n\n", _problems));

    public void Dispose() => Ws.Dispose();

    private void Check(string label, Action check)
    {
        try
        {
            check();
        }
        catch (Exception e) when (e is Xunit.Sdk.IAssertionException)
        {
            _problems.Add(label + ": " + e.Message);
        }
    }
}
