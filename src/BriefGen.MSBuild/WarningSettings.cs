using BriefGen.Diagnostics;
using Microsoft.Build.Framework;

namespace BriefGen.MSBuild;

/// <summary>
/// The project's warnings-as-errors policy for BriefGen's codes, from three sources: the properties, passed as items
/// (name, <c>Value</c> metadata) by the targets, among them <c>TreatWarningsAsErrors</c>, which MSBuild ignores for a
/// task's warnings; the build engine (<see cref="IBuildEngine8.ShouldTreatWarningAsError"/>); and the command line's
/// switches (<see cref="WarningSwitches"/>), for <c>-warnaserror</c>, which neither of the others shows.
/// </summary>
internal static class WarningSettings
{
    /// <summary>The policy: a BriefGen warning code is turned when the engine or a property asks for it and no exclusion names it.</summary>
    public static WarningsAsErrorsPolicy PolicyFor(IEnumerable<ITaskItem> settings, IBuildEngine engine, WarningSwitches switches)
    {
        var values = settings.ToDictionary(s => s.ItemSpec, s => s.GetMetadata("Value"), StringComparer.OrdinalIgnoreCase);
        var all = switches.AllAsErrors || IsTrue(values, "TreatWarningsAsErrors") || IsTrue(values, "MSBuildTreatWarningsAsErrors");
        var listed = Codes(values, "WarningsAsErrors", "MSBuildWarningsAsErrors").Union(switches.AsErrors, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var excluded = Codes(values, "WarningsNotAsErrors", "MSBuildWarningsNotAsErrors", "NoWarn", "MSBuildWarningsAsMessages").Union(switches.NotAsErrors, StringComparer.OrdinalIgnoreCase).ToHashSet(StringComparer.OrdinalIgnoreCase);
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
