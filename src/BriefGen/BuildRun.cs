using BriefGen.Output;
using BriefGen.Site;

namespace BriefGen;

/// <summary>One build's resolved settings: what <see cref="BriefGenerator"/> hands from its checks to its stages.</summary>
/// <param name="Options">The caller's options.</param>
/// <param name="Config">The configuration with the options laid over it.</param>
/// <param name="OutputDir">The output folder's real path.</param>
/// <param name="Inputs">The site folder and the folders and files it reads, full paths.</param>
internal sealed record BuildRun(SiteBuildOptions Options, SiteConfig Config, string OutputDir, SiteInputs Inputs);
