namespace BriefGen.Reading;

/// <summary>A seed found on disk.</summary>
/// <param name="FullPath">The absolute path of the seed.</param>
/// <param name="DisplayPath">The path used in diagnostics (relative to the site folder, or as the user gave it), with <c>/</c>.</param>
/// <param name="SidecarPath">The absolute path of its <c>&lt;stem&gt;.yml</c> sidecar, or null when there is none.</param>
public sealed record SeedFile(string FullPath, string DisplayPath, string? SidecarPath)
{
    /// <summary>
    /// The seed's and sidecar's lengths and times as the folder listing read them, so the seed cache needs no second
    /// look; null for a seed named directly or reached through a symbolic link.
    /// </summary>
    internal SeedStamp? Listed { get; init; }
}
