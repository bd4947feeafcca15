namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG51xx: the MSBuild integration (package BriefGen.MSBuild).

    /// <summary>
    /// BG5100: the MSBuild running the build is older than 18.0 (.NET SDK 10 / Visual Studio 2026), which cannot run
    /// the net10.0 task. Reported by <c>build/BriefGen.MSBuild.targets</c> itself, before the task is loaded; listed
    /// here so the catalog names every code.
    /// </summary>
    public static readonly DiagnosticDescriptor MSBuildTooOld = new(
        "BG5100", "MSBuild too old", "BriefGen needs MSBuild 18.0 or later (.NET SDK 10 or Visual Studio 2026); this is MSBuild {0} ({1})", DiagnosticSeverity.Error);

    /// <summary>
    /// BG5101: <c>BriefGenOutputDir</c> is the site folder or one of its parents. The site is swapped into its output
    /// folder as a whole, so building would replace the seeds and the project itself; the task refuses to start.
    /// </summary>
    public static readonly DiagnosticDescriptor OutputContainsSite = new(
        "BG5101", "Output folder holds the site", "the output folder '{0}' is the site folder '{1}' or contains it; set BriefGenOutputDir to a folder of its own, e.g. _site/", DiagnosticSeverity.Error);
}
