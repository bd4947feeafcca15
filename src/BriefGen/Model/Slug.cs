using System.Globalization;
using System.Text;

namespace BriefGen.Model;

/// <summary>
/// Slug rules of the contract: lower-case ASCII with diacritics folded, every run of other characters one
/// <c>-</c>, no leading or trailing <c>-</c>, at most <see cref="MaxLength"/> characters cut at the last <c>-</c>
/// within the limit (a hard cut when there is none). A slug can therefore never hold <c>/</c>, <c>\</c> or <c>..</c>.
/// </summary>
public static class Slug
{
    /// <summary>The longest slug.</summary>
    public const int MaxLength = 80;

    /// <summary>Turns any text into a slug; the result is empty when nothing Latin or numeric is left.</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue; // a folded diacritic
            }

            var c = char.ToLowerInvariant(raw);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        return Truncate(sb.ToString());
    }

    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
