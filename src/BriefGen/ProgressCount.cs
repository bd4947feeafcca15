namespace BriefGen;

/// <summary>
/// How many of a stage's items are done, out of how many: updated by the build's workers with interlocked
/// increments, read from any thread. <see cref="Done"/> includes <see cref="Kept"/>.
/// </summary>
public sealed class ProgressCount
{
    private int _total;
    private int _done;
    private int _kept;

    /// <summary>Only a <see cref="BuildProgress"/> makes its counts.</summary>
    internal ProgressCount()
    {
    }

    /// <summary>How many items the stage has; 0 until they are known (the seeds are listed, the files planned).</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>How many items are done, those kept included.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>How many of the done items were kept unchanged from the previous build instead of being read or rendered.</summary>
    public int Kept => Volatile.Read(ref _kept);

    /// <summary>The stage knows its items.</summary>
    internal void Start(int total) => Volatile.Write(ref _total, total);

    /// <summary>One more item is done; <paramref name="kept"/>: it was kept from the previous build.</summary>
    internal void Advance(bool kept)
    {
        Interlocked.Increment(ref _done);
        if (kept)
        {
            Interlocked.Increment(ref _kept);
        }
    }

    /// <summary>Back to nothing known, for the next build.</summary>
    internal void Reset()
    {
        Volatile.Write(ref _total, 0);
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _kept, 0);
    }
}
