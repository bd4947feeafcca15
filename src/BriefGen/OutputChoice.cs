using BriefGen.Site;

namespace BriefGen;

/// <summary>
/// Where the output folder was chosen, for diagnostics about it: the file that set it (the MSBuild project, or
/// <c>briefgen.yml</c>) and the folder named with the option that set it, e.g. <c>'_site' (BriefGenOutputDir)</c>.
/// </summary>
/// <param name="Where">The diagnostic's file: the file that chose the folder, else the folder itself.</param>
/// <param name="Named">The folder as messages name it, quoted, with the option or setting that chose it.</param>
internal sealed record OutputChoice(string Where, string Named)
{
    /// <summary>The choice of <paramref name="outputDir"/> by <paramref name="options"/>, else by the configuration file.</summary>
    public static OutputChoice Of(SiteBuildOptions options, string siteDir, string outputDir, string? configFile)
    {
        var folder = "'" + SiteConfigResolver.Display(siteDir, outputDir) + "'";
        if (options.OutputDir is not null)
        {
            var file = options.Source?.File is { } source ? SiteConfigResolver.Display(siteDir, source) : null;
            var name = options.Source?.NameOf(nameof(SiteBuildOptions.OutputDir));
            return new(file ?? SiteConfigResolver.Display(siteDir, outputDir), name is null ? folder : $"{folder} ({name})");
        }

        return configFile is null
            ? new(SiteConfigResolver.Display(siteDir, outputDir), folder)
            : new(SiteConfigResolver.Display(siteDir, configFile), folder + " (output in briefgen.yml)");
    }
}
