using System.Text.RegularExpressions;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>Patterns in the console output of MSBuild runs.</summary>
internal static partial class BuildOutput
{
    /// <summary>
    /// A warning in MSBuild's canonical form, with a code ("…csproj : warning NU5104: …", "file(1,2): warning CS1591: …")
    /// or without one, as targets log them ("…targets(25,5): warning : Repository … has no remote.").
    /// </summary>
    [GeneratedRegex(@":\s*warning\s*(?:[A-Z]+\d+)?\s*:", RegexOptions.IgnoreCase)]
    public static partial Regex WarningLine();
}
