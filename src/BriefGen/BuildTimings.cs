using System.Diagnostics;
using System.Globalization;

namespace BriefGen;

/// <summary>
/// Where a build spent its time and allocations, per stage (read, assemble, render with its streamed writes, commit),
/// shown by <c>briefgen build --timings</c> and the benchmarks' macro mode. Allocations are process-wide bytes, so
/// they include every worker (and anything else the process did meanwhile), and so does the time the garbage
/// collector held the process paused during each stage.
/// </summary>
public sealed class BuildTimings
{
    private readonly List<(string Stage, TimeSpan Time, long Allocated, TimeSpan GcPaused)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _mark;
    private long _allocated = GC.GetTotalAllocatedBytes();
    private TimeSpan _paused = GC.GetTotalPauseDuration();

    /// <summary>The stages measured so far, in order.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time, long Allocated, TimeSpan GcPaused)> Stages => _stages;

    /// <summary>Closes the stage that ran since the previous mark.</summary>
    internal void Mark(string stage)
    {
        var now = _clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        _stages.Add((stage, now - _mark, allocated - _allocated, paused - _paused));
        _mark = now;
        _allocated = allocated;
        _paused = paused;
    }

    /// <summary>One line: <c>read 812 ms 140 MiB (GC 35 ms)  assemble 9 ms 2 MiB (GC 0 ms) …</c>.</summary>
    public override string ToString()
        => string.Join("  ", _stages.Select(s => string.Create(
            CultureInfo.InvariantCulture,
            $"{s.Stage} {s.Time.TotalMilliseconds:F0} ms {s.Allocated / 1048576.0:F0} MiB (GC {s.GcPaused.TotalMilliseconds:F0} ms)")));
}
