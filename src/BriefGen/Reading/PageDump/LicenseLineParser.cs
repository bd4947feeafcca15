using BriefGen.Model;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// Parses <c>This work is licensed under &lt;Name&gt; (&lt;LABEL&gt;) License.</c>. The id is the SPDX identifier,
/// <c>CC-</c> plus the label's parts joined by <c>-</c> (<c>CC BY-NC-ND 3.0</c> → <c>CC-BY-NC-ND-3.0</c>); the URL is the
/// canonical deed, <c>https://creativecommons.org/licenses/&lt;lower-case elements&gt;/&lt;version&gt;/</c>. A line
/// without the bracketed label is accepted when the name is a known CC licence (see <see cref="LicenseNames"/>).
/// </summary>
internal static class LicenseLineParser
{
    public const string Prefix = "This work is licensed under ";

    public static bool IsLicenseLine(string text) => text.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Parses a line for which <see cref="IsLicenseLine"/> is true; false when it cannot be understood.</summary>
    public static bool TryParse(string text, out License? license)
    {
        license = null;
        var body = text[Prefix.Length..].TrimEnd('.');
        foreach (var suffix in (string[])[" License", " Licence", " license", " licence"])
        {
            if (body.EndsWith(suffix, StringComparison.Ordinal))
            {
                body = body[..^suffix.Length];
                break;
            }
        }

        string name, label;
        var open = body.LastIndexOf(" (", StringComparison.Ordinal);
        if (body.EndsWith(')') && open > 0)
        {
            name = TextNormalizer.Normalize(body[..open]);
            label = TextNormalizer.Normalize(body[(open + 2)..^1]);
        }
        else
        {
            name = StripArticle(body);
            if (!LicenseNames.TryGetLabel(name, out label))
            {
                return false;
            }
        }

        return TryFromLabel(label, name, out license);
    }

    /// <summary>Builds the licence for a label such as <c>CC BY-SA 4.0</c> (or <c>CC0 1.0</c>).</summary>
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
            Named(name, LicenseNames.NameFor(parts[1], parts[2])),
            "https://creativecommons.org/licenses/" + parts[1].ToLowerInvariant() + "/" + parts[2] + "/");
        return true;
    }

    private static string Named(string given, string fallback) => given.Length > 0 ? given : fallback;

    private static string StripArticle(string name)
    {
        name = TextNormalizer.Normalize(name);
        return name.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? name[2..] : name;
    }

    private static bool IsElements(string s)
        => s.StartsWith("BY", StringComparison.Ordinal)
           && s.Split('-').All(e => e is "BY" or "SA" or "NC" or "ND");

    private static bool IsVersion(string s)
    {
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < s.Length - 1 && s.Remove(dot, 1).All(char.IsAsciiDigit);
    }
}
