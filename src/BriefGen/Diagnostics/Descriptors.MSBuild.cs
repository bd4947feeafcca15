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
}
