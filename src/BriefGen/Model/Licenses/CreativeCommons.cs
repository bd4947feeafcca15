namespace BriefGen.Model.Licenses;

/// <summary>
/// Creative Commons licences from their label: the SPDX id is <c>CC-</c> plus the label's parts joined by <c>-</c>
/// (<c>CC BY-NC-ND 3.0</c> → <c>CC-BY-NC-ND-3.0</c>), the URL the canonical deed,
/// <c>https://creativecommons.org/licenses/&lt;lower-case elements&gt;/&lt;version&gt;/</c>, the name the official one
/// unless the seed gives its own. Shared by the page-dump licence line and front matter / sidecars.
/// </summary>
internal static class CreativeCommons
{
    /// <summary>Builds the licence for a label such as <c>CC BY-SA 4.0</c> (or <c>CC0 1.0</c>); <paramref name="name"/> empty: the official name.</summary>
    public static bool TryFromLabel(string label, string name, out License? license)
    {
        license = null;
        var parts = label.Split(' ');
        if (parts.Length == 2 && parts[0] == "CC0" && IsVersion(parts[1]))
        {
            license = new License("CC0-" + parts[1], label, Named(name, "CC0 " + parts[1] + " Universal"),
                "https://creativecommons.org/publicdomain/zero/" + parts[1] + "/");
            return true;
        }

        if (parts.Length != 3 || parts[0] != "CC" || !IsElements(parts[1]) || !IsVersion(parts[2]))
        {
            return false;
        }

        license = new License(
            "CC-" + parts[1] + "-" + parts[2],
            label,
            Named(name, CreativeCommonsNames.NameFor(parts[1], parts[2])),
            "https://creativecommons.org/licenses/" + parts[1].ToLowerInvariant() + "/" + parts[2] + "/");
        return true;
    }

    private static string Named(string given, string fallback) => given.Length > 0 ? given : fallback;

    private static bool IsElements(string s)
        => s.StartsWith("BY", StringComparison.Ordinal)
           && s.Split('-').All(e => e is "BY" or "SA" or "NC" or "ND");

    private static bool IsVersion(string s)
    {
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < s.Length - 1 && s.Remove(dot, 1).All(char.IsAsciiDigit);
    }
}
