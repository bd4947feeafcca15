using BriefGen.Site;

namespace BriefGen;

/// <summary>One build's resolved settings: what <see cref="BriefGenerator"/> hands from its checks to its stages.</summary>
/// <param name="Options">The caller's options.</param>
/// <param name="SiteDir">The site folder, full path.</param>
/// <param name="Config">The configuration with the options laid over it.</param>
/// <param name="OutputDir">The output folder's real path.</param>
/// <param name="TemplatesDir">The user's templates folder, full path.</param>
internal sealed record BuildRun(SiteBuildOptions Options, string SiteDir, SiteConfig Config, string OutputDir, string TemplatesDir);
