namespace BriefGen.Reading;

/// <summary>Settings of the readers, from <c>briefgen.yml</c> or the API. Immutable.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default largest seed: 64 MiB.</summary>
    public const long DefaultMaxSeedBytes = 64L * 1024 * 1024;

    /// <summary>The defaults: no extra chrome lines, 64 MiB seeds.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Lines that are page chrome in addition to the built-in list (matched after normalisation, exactly).</summary>
    public IReadOnlyList<string> ExtraChromeLines { get; init; } = [];

    /// <summary>A seed larger than this many bytes is an error (BG1006).</summary>
    public long MaxSeedBytes { get; init; } = DefaultMaxSeedBytes;
}
