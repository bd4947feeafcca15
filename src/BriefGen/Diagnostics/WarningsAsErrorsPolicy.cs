namespace BriefGen.Diagnostics;

/// <summary>
/// Which warnings a build treats as errors: none, all, only some codes, or all but some codes (MSBuild's
/// <c>TreatWarningsAsErrors</c>, <c>WarningsAsErrors</c> and <c>WarningsNotAsErrors</c>; the CLI's
/// <c>--warnings-as-errors</c>). A warning it turns fails the build before anything is written. Codes compare
/// without regard to case, as MSBuild compares them.
/// </summary>
public sealed class WarningsAsErrorsPolicy
{
    private readonly bool _allButListed;
    private readonly HashSet<string> _listed;

    private WarningsAsErrorsPolicy(bool allButListed, IEnumerable<string> codes)
    {
        _allButListed = allButListed;
        _listed = new HashSet<string>(codes.Select(c => c.Trim()).Where(c => c.Length > 0), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every warning stays a warning (the default).</summary>
    public static WarningsAsErrorsPolicy None { get; } = new(false, []);

    /// <summary>Every warning is an error.</summary>
    public static WarningsAsErrorsPolicy All { get; } = new(true, []);

    /// <summary>The warnings with one of these codes (e.g. <c>BG1208</c>) are errors; the others stay warnings.</summary>
    public static WarningsAsErrorsPolicy Only(IEnumerable<string> codes) => new(false, codes);

    /// <summary>Every warning is an error except those with one of these codes.</summary>
    public static WarningsAsErrorsPolicy AllExcept(IEnumerable<string> codes) => new(true, codes);

    /// <summary>Whether a warning with this code is treated as an error.</summary>
    public bool Turns(string code) => _allButListed != _listed.Contains(code);
}
