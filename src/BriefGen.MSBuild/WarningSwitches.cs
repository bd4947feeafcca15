namespace BriefGen.MSBuild;

/// <summary>
/// MSBuild's warning switches on the command line of this process: <c>-warnaserror[:codes]</c> (<c>-err</c>),
/// <c>-warnnotaserror:codes</c> (<c>-noerr</c>) and <c>-warnasmessage:codes</c> (<c>-nowarn</c>). Read here because
/// MSBuild sets no property for them, and in an SDK project the engine's <c>ShouldTreatWarningAsError</c> does not see
/// <c>-warnaserror</c> (the SDK's own <c>WarningsAsErrors</c> list hides it), although MSBuild then fails the build on
/// the warning after the task ran. A build node started for <c>-m</c> has no such switches; there MSBuild alone applies them.
/// </summary>
internal sealed record WarningSwitches(bool AllAsErrors, IReadOnlySet<string> AsErrors, IReadOnlySet<string> NotAsErrors)
{
    private static readonly string[] AsErrorNames = ["warnaserror", "err"];
    private static readonly string[] NotAsErrorNames = ["warnnotaserror", "noerr", "warnasmessage", "nowarn"];

    /// <summary>The switches among <paramref name="args"/> (e.g. <see cref="Environment.GetCommandLineArgs"/>).</summary>
    public static WarningSwitches Parse(IEnumerable<string> args)
    {
        var all = false;
        var asErrors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var notAsErrors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var arg in args.Where(a => a.StartsWith('-') || a.StartsWith('/')))
        {
            var parts = arg.TrimStart('-', '/').Split(':', 2);
            var codes = parts.Length > 1 ? parts[1].Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (AsErrorNames.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
            {
                all |= codes.Length == 0;
                asErrors.UnionWith(codes);
            }
            else if (NotAsErrorNames.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
            {
                notAsErrors.UnionWith(codes);
            }
        }

        return new WarningSwitches(all, asErrors, notAsErrors);
    }
}
