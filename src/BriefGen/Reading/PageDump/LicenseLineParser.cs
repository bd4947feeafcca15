using BriefGen.Model;
using BriefGen.Model.Licenses;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// Parses <c>This work is licensed under &lt;Name&gt; (&lt;LABEL&gt;) License.</c>. The id is the SPDX identifier,
/// <c>CC-</c> plus the label's parts joined by <c>-</c> (<c>CC BY-NC-ND 3.0</c> → <c>CC-BY-NC-ND-3.0</c>); the URL is the
/// canonical deed, <c>https://creativecommons.org/licenses/&lt;lower-case elements&gt;/&lt;version&gt;/</c>. A line
/// without the bracketed label is accepted when the name is a known CC licence (see <see cref="CreativeCommons"/>).
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
            if (!CreativeCommonsNames.TryGetLabel(name, out label))
            {
                return false;
            }
        }

        return CreativeCommons.TryFromLabel(label, name, out license);
    }

    private static string StripArticle(string name)
    {
        name = TextNormalizer.Normalize(name);
        return name.StartsWith("a ", StringComparison.OrdinalIgnoreCase) ? name[2..] : name;
    }
}
