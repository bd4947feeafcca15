namespace BriefGen.Output;

/// <summary>The folders and files a build reads, which its output folder must never hold or lie in (full paths).</summary>
internal sealed record SiteInputs
{
    /// <summary>The site folder.</summary>
    public required string SiteDir { get; init; }

    /// <summary>The seeds folder.</summary>
    public required string SeedsDir { get; init; }

    /// <summary>The standalone pages folder (<c>pages/</c>).</summary>
    public required string PagesDir { get; init; }

    /// <summary>The user's templates folder.</summary>
    public required string TemplatesDir { get; init; }

    /// <summary>The theme folders, in the order they are searched.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>The static files folder.</summary>
    public required string StaticDir { get; init; }

    /// <summary>The configuration file, when there is one.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The build state folder, when it is given.</summary>
    public string? StateDir { get; init; }
}
