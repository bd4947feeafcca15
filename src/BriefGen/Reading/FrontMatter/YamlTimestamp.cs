using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// An unquoted YAML timestamp written in ISO 8601's canonical form, as a YAML reader that loads timestamps
/// (PyYAML, which derives the expected models) prints it: <c>T</c> between date and time, two-digit fields,
/// <c>Z</c> as <c>+00:00</c>, a fraction as six digits (none when zero). The offset is never changed or converted:
/// this is text rewriting, not a round trip through a date type. Quoted dates are not timestamps and stay as written.
/// </summary>
internal static partial class YamlTimestamp
{
    /// <summary>The canonical form of a plain scalar that is a YAML 1.1 timestamp; null when it is not one.</summary>
    public static string? Canonical(string plain)
    {
        if (DateOnly().IsMatch(plain))
        {
            return plain;
        }

        var m = DateTime().Match(plain);
        if (!m.Success)
        {
            return null;
        }

        var sb = new StringBuilder(32);
        sb.Append(m.Groups["y"].Value).Append('-').Append(Two(m.Groups["mo"].Value)).Append('-').Append(Two(m.Groups["d"].Value))
          .Append('T').Append(Two(m.Groups["h"].Value)).Append(':').Append(m.Groups["mi"].Value).Append(':').Append(m.Groups["s"].Value);
        var fraction = m.Groups["f"].Value;
        if (fraction.Length > 0)
        {
            var micro = fraction.Length >= 6 ? fraction[..6] : fraction.PadRight(6, '0');
            if (int.Parse(micro, CultureInfo.InvariantCulture) != 0)
            {
                sb.Append('.').Append(micro);
            }
        }

        if (m.Groups["z"].Success)
        {
            sb.Append("+00:00");
        }
        else if (m.Groups["oh"].Success)
        {
            var minutes = m.Groups["om"].Success ? m.Groups["om"].Value : "00";
            sb.Append(m.Groups["sign"].Value).Append(Two(m.Groups["oh"].Value)).Append(':').Append(minutes);
        }

        return sb.ToString();
    }

    private static string Two(string digits) => digits.Length == 1 ? "0" + digits : digits;

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DateOnly();

    // YAML 1.1's timestamp type (yaml.org/type/timestamp), as PyYAML resolves it.
    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[Tt]|[ \t]+)(?<h>[0-9]{1,2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2})(?:\.(?<f>[0-9]*))?(?:[ \t]*(?:(?<z>Z)|(?<sign>[-+])(?<oh>[0-9]{1,2})(?::(?<om>[0-9]{2}))?))?$")]
    private static partial Regex DateTime();
}
