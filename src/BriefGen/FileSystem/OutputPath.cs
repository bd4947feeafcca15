namespace BriefGen.FileSystem;

/// <summary>
/// A validated path of a file inside the site, relative to the output folder with <c>/</c> separators. Every segment
/// is non-empty, not <c>.</c> or <c>..</c>, and free of <c>\</c>, <c>:</c> and control characters, so an output path
/// can never name a file outside the output folder, whatever a slug, permalink or static file name holds.
/// </summary>
internal readonly record struct OutputPath
{
    /// <summary>The longest accepted path, in characters.</summary>
    public const int MaxLength = 1024;

    private OutputPath(string value) => Value = value;

    /// <summary>The path, e.g. <c>briefs/x/index.html</c>.</summary>
    public string Value { get; }

    /// <summary>Validates <paramref name="path"/>; false (and a default value) when it could leave the output folder.</summary>
    public static bool TryCreate(string path, out OutputPath result)
    {
        result = default;
        if (string.IsNullOrEmpty(path) || path.Length > MaxLength || path[0] == '/' || path[^1] == '/')
        {
            return false;
        }

        var rest = path.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            if (segment.IsEmpty || segment is "." or ".." || segment.IndexOfAny('\\', ':') >= 0 || segment.ContainsAnyInRange('\0', '\x1f') || segment.ContainsAnyInRange('\x7f', '\x9f'))
            {
                return false;
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        result = new OutputPath(path);
        return true;
    }

    /// <summary>Validates a path that the generator itself composed; an invalid one is a bug, so it throws.</summary>
    public static OutputPath Create(string path)
        => TryCreate(path, out var result) ? result : throw new ArgumentException($"not a safe output path: '{path}'", nameof(path));

    /// <inheritdoc/>
    public override string ToString() => Value;
}
