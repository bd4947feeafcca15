using System.Collections.Concurrent;

namespace BriefGen.Output;

/// <summary>
/// The paths one build has claimed, and where each file it wrote with new bytes waits until the commit: filled by
/// <see cref="FileSystemSiteWriter"/> from every worker at once, read by its <see cref="CommitStrategy"/> on commit.
/// </summary>
internal sealed class ClaimedFiles
{
    private readonly ConcurrentDictionary<string, byte> _claimed;
    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>Sized for <paramref name="expected"/> paths: growing a concurrent dictionary while every worker adds to it is costly.</summary>
    public ClaimedFiles(int expected) => _claimed = new(Environment.ProcessorCount, expected, StringComparer.Ordinal);

    /// <summary>How many paths are claimed.</summary>
    public int Count => _claimed.Count;

    /// <summary>The files written with new bytes, by path, and where each one is until the commit.</summary>
    public IReadOnlyDictionary<string, string> Written => _written;

    /// <summary>Claims <paramref name="path"/>; false when another output already did.</summary>
    public bool TryClaim(string path) => _claimed.TryAdd(path, 0);

    /// <summary>Gives up a claim, so another output may take the path.</summary>
    public void Release(string path) => _claimed.TryRemove(path, out _);

    /// <summary>Records that the new bytes of <paramref name="path"/> are at <paramref name="location"/>.</summary>
    public void RecordWritten(string path, string location) => _written[path] = location;

    /// <summary>Every claimed path.</summary>
    public HashSet<string> ToSet() => _claimed.Keys.ToHashSet(StringComparer.Ordinal);
}
