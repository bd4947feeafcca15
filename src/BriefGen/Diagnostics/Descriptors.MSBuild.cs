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
    /// BG5101: a property whose name starts with <c>BriefGen</c> is not one of BriefGen's settings (a typo such as
    /// <c>BriefGenBaseUri</c>), so it would be ignored; reported where it is set, with the closest known name.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownProperty = new(
        "BG5101", "Unknown BriefGen property", "BriefGen has no property '{0}', so it is ignored{1}", DiagnosticSeverity.Warning);
}
