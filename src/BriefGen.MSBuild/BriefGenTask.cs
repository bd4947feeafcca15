using BriefGen.Diagnostics;
using Microsoft.Build.Framework;

namespace BriefGen.MSBuild;

/// <summary>
/// What every BriefGen task shares: the project file that diagnostics fall back to (never the package's .targets
/// file, where MSBuild would put a diagnostic without a file) and the project's warnings-as-errors settings.
/// </summary>
public abstract class BriefGenTask : Microsoft.Build.Utilities.Task
{
    /// <summary>The project being built (<c>$(MSBuildProjectFullPath)</c>): where a diagnostic about the project or its properties points.</summary>
    [Required]
    public string ProjectFile { get; set; } = "";

    /// <summary>
    /// The project's warning settings, one item per property (<c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c>,
    /// <c>WarningsNotAsErrors</c>, <c>NoWarn</c> and their <c>MSBuild…</c> forms) with its value as <c>Value</c> metadata.
    /// </summary>
    public ITaskItem[] WarningSettings { get; set; } = [];

    /// <summary>Which BriefGen warnings this build treats as errors.</summary>
    private protected WarningsAsErrorsPolicy WarningsAsErrors
        => MSBuild.WarningSettings.PolicyFor(WarningSettings, BuildEngine, CommandLine);

    /// <summary>The warning switches of this process's command line; a seam for unit tests, whose command line is the test runner's.</summary>
    internal WarningSwitches CommandLine { get; set; } = WarningSwitches.Parse(Environment.GetCommandLineArgs());

    /// <summary>Logs a warning, or an error with the same code and place when <paramref name="policy"/> turns it.</summary>
    private protected void LogWarning(WarningsAsErrorsPolicy policy, LoggedWarning warning)
    {
        if (policy.Turns(warning.Code))
        {
            Log.LogError(null, warning.Code, null, warning.File, warning.Line, warning.Column, 0, 0, "{0}", warning.Message);
        }
        else
        {
            Log.LogWarning(null, warning.Code, null, warning.File, warning.Line, warning.Column, 0, 0, "{0}", warning.Message);
        }
    }
}
