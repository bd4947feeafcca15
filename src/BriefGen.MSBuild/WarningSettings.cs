using BriefGen.Diagnostics;
using Microsoft.Build.Framework;

namespace BriefGen.MSBuild;

/// <summary>
/// The project's warnings-as-errors policy for BriefGen's codes, from two sources that together cover every way to ask:
/// the build engine (<see cref="IBuildEngine8.ShouldTreatWarningAsError"/>, which knows <c>-warnaserror</c>,
/// <c>-warnasmessage</c>, <c>MSBuildTreatWarningsAsErrors</c> and the SDK's mapping of <c>WarningsAsErrors</c>,
/// <c>WarningsNotAsErrors</c> and <c>NoWarn</c>), and the properties MSBuild itself ignores for a task's warnings,
/// chiefly <c>TreatWarningsAsErrors</c>, passed as items (name, <c>Value</c> metadata) by the targets.
/// </summary>
internal static class WarningSettings
{
    /// <summary>The policy: a BriefGen warning code is turned when the engine or a property asks for it and no exclusion names it.</summary>
    public static WarningsAsErrorsPolicy PolicyFor(IEnumerable<ITaskItem> settings, IBuildEngine engine)
    {
        var values = settings.ToDictionary(s => s.ItemSpec, s => s.GetMetadata("Value"), StringComparer.OrdinalIgnoreCase);
        var all = IsTrue(values, "TreatWarningsAsErrors") || IsTrue(values, "MSBuildTreatWarningsAsErrors");
        var listed = Codes(values, "WarningsAsErrors", "MSBuildWarningsAsErrors");
        var excluded = Codes(values, "WarningsNotAsErrors", "MSBuildWarningsNotAsErrors", "NoWarn", "MSBuildWarningsAsMessages");
        var engineAsks = engine as IBuildEngine8;
        bool Turns(string code) => !excluded.Contains(code)
            && (all || listed.Contains(code) || engineAsks?.ShouldTreatWarningAsError(code) == true);

        // The catalog is finite, so the policy is exact as a list: a code MSBuild alone knows of cannot be a BriefGen warning.
        return WarningsAsErrorsPolicy.Only(Descriptors.All.Select(d => d.Id).Where(Turns));
    }

    private static bool IsTrue(Dictionary<string, string> values, string name)
        => values.TryGetValue(name, out var value) && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);

    // MSBuild separates codes with ';' and ',' (and people add spaces).
    private static HashSet<string> Codes(Dictionary<string, string> values, params string[] names)
        => new(names.SelectMany(n => values.GetValueOrDefault(n, "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), StringComparer.OrdinalIgnoreCase);
}
