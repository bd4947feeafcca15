namespace BriefGen.Incremental;

/// <summary>Template lists equal by content (a full build gives every page its own list of the same few names).</summary>
internal sealed class TemplateListComparer : IEqualityComparer<IReadOnlyList<string>>
{
    public static TemplateListComparer Instance { get; } = new();

    public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
        => ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal));

    public int GetHashCode(IReadOnlyList<string> names)
    {
        var hash = new HashCode();
        foreach (var name in names)
        {
            hash.Add(name, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
