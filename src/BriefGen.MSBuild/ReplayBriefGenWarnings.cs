namespace BriefGen.MSBuild;

/// <summary>
/// Logs again, with file, line and column, the warnings of the last generation when this build skipped it as up to
/// date; under the project's warnings-as-errors settings they fail this build as they failed or would fail that one.
/// </summary>
public sealed class ReplayBriefGenWarnings : BriefGenTask
{
    /// <summary>The file <see cref="GenerateBriefSite"/> wrote its warnings to (<see cref="GenerateBriefSite.WarningsFile"/>).</summary>
    [Microsoft.Build.Framework.Required]
    public string WarningsFile { get; set; } = "";

    /// <inheritdoc/>
    public override bool Execute()
    {
        var policy = WarningsAsErrors;
        foreach (var warning in MSBuild.WarningsFile.Read(WarningsFile))
        {
            LogWarning(policy, warning);
        }

        return !Log.HasLoggedErrors;
    }
}
