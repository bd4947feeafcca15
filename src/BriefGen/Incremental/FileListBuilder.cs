namespace BriefGen.Incremental;

/// <summary>
/// The files of the output folder while a state loads: the whole state stores them in ordinal order, so they are
/// appended to a list as they are read; a journal entry that adds or removes one moves them into a set, sorted once
/// at the end. Any order of additions and removals gives the same sorted, duplicate-free list.
/// </summary>
internal sealed class FileListBuilder
{
    private readonly List<string> _sorted = [];
    private HashSet<string>? _set;

    public void Add(string path)
    {
        if (_set is null && (_sorted.Count == 0 || string.CompareOrdinal(_sorted[^1], path) < 0))
        {
            _sorted.Add(path);
            return;
        }

        (_set ??= new HashSet<string>(_sorted, StringComparer.Ordinal)).Add(path);
    }

    public void Remove(string path) => (_set ??= new HashSet<string>(_sorted, StringComparer.Ordinal)).Remove(path);

    /// <summary>The files, in ordinal order.</summary>
    public IReadOnlyList<string> ToList() => _set is null ? _sorted : [.. _set.Order(StringComparer.Ordinal)];
}
