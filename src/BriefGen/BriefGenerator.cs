namespace BriefGen;

/// <summary>
/// The entry point of the library: builds a site (<see cref="Build"/>) the same way for the CLI
/// (<c>briefgen build</c>) and the MSBuild task.
/// </summary>
public static class BriefGenerator
{
    /// <summary>Builds the site described by <paramref name="options"/>: read seeds, assemble, render, write atomically.</summary>
    public static BuildResult Build(SiteBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        throw new NotImplementedException("site building lands with the rendering issue");
    }
}
