using System.Collections.Concurrent;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// The outputs of <c>include_cached</c> for one site build, shared by every thread. Each entry keeps the templates
/// its render reached, so a page served from the cache still records them for the build state. Bounded: past
/// <see cref="Budget"/> characters of keys and output, new renders are no longer stored (only rendered).
/// </summary>
internal sealed class IncludeCache(long budget = IncludeCache.DefaultBudget)
{
    /// <summary>128 MiB of UTF-16 text.</summary>
    public const long DefaultBudget = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _used;

    /// <summary>The most characters (keys and outputs) stored.</summary>
    public long Budget => budget;

    /// <summary>How many renders are stored.</summary>
    public int Count => _entries.Count;

    /// <summary>The stored render for <paramref name="key"/>, if any.</summary>
    public bool TryGet(string key, out Entry entry) => _entries.TryGetValue(key, out entry!);

    /// <summary>Stores a render unless the budget is spent (or another thread stored the same key first).</summary>
    public void Add(string key, RawHtml html, IReadOnlyCollection<string> templates)
    {
        var size = key.Length + html.Value.Length + templates.Sum(t => t.Length);
        if (Interlocked.Add(ref _used, size) > budget)
        {
            Interlocked.Add(ref _used, -size);
            return;
        }

        if (!_entries.TryAdd(key, new Entry(html, [.. templates])))
        {
            Interlocked.Add(ref _used, -size);
        }
    }

    /// <summary>One stored render.</summary>
    /// <param name="Html">The include's output.</param>
    /// <param name="Templates">The names of the included template and every include it reached.</param>
    internal sealed record Entry(RawHtml Html, string[] Templates);
}
