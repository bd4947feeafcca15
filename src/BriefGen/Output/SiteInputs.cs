namespace BriefGen.Output;

/// <summary>The folders and files a build reads, which its output folder must never hold or lie in (full paths).</summary>
/// <param name="SiteDir">The site folder.</param>
/// <param name="SeedsDir">The seeds folder.</param>
/// <param name="TemplatesDir">The user's templates folder.</param>
/// <param name="StaticDir">The static files folder.</param>
/// <param name="ConfigFile">The configuration file, when there is one.</param>
/// <param name="StateDir">The build state folder, when it is given.</param>
internal sealed record SiteInputs(string SiteDir, string SeedsDir, string TemplatesDir, string StaticDir, string? ConfigFile, string? StateDir);
