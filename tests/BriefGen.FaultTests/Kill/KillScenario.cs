using BriefGen.FaultTests.Infrastructure;

namespace BriefGen.FaultTests.Kill;

/// <summary>The builds a kill interrupts.</summary>
public enum KillScenario
{
    /// <summary>A first build into an existing empty folder (a staging tree, no state yet).</summary>
    FirstBuild,

    /// <summary>The first rebuild after a seed edit: no mirror yet, so a full tree of hard links is staged.</summary>
    FirstRebuild,

    /// <summary>A later rebuild after a seed edit, written through the mirror and swapped in.</summary>
    MirrorRebuild,
}

/// <summary>
/// A workspace prepared for one <see cref="KillScenario"/>, saved so that each kill starts from it again; after a
/// kill OUT must be the old site or the new one, and the next build must equal a clean build.
/// </summary>
internal sealed class KillBench : IDisposable
{
    private readonly SavedCopy _saved;
    private readonly Tree _old;
    private readonly Tree _new;
    private readonly List<string> _problems = [];

    public KillBench(KillScenario scenario, int briefs = 8, int paragraphs = 3)
    {
        Ws = new Workspace(briefs, paragraphs);
        if (scenario == KillScenario.FirstBuild)
        {
            Directory.CreateDirectory(Ws.Out);
        }
        else
        {
            Ws.Publish();
            if (scenario == KillScenario.MirrorRebuild)
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

    /// <summary>What went wrong so far, one entry per fault.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>
    /// Restores the prepared state, runs the build under <paramref name="launch"/>, checks what a kill may leave and
    /// that the next build recovers. Returns whether the run was killed (false: it ran to its end).
    /// </summary>
    public bool KillAndRecover(Launch launch, string label)
    {
        _saved.Restore();
        var run = Ws.Build(launch);
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

    /// <summary>Restores the prepared state and times the build uninterrupted (checking it like any other run).</summary>
    public TimeSpan TimeUninterruptedBuild()
    {
        _saved.Restore();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = Ws.Build();
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
