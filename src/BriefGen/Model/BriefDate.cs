using System.Globalization;

namespace BriefGen.Model;

/// <summary>
/// A brief's <c>published</c> value understood as an instant: the text as written (kept for <c>datetime</c>), the
/// instant for ordering and feeds (a date alone is midnight UTC), and whether a time was given.
/// </summary>
/// <param name="Text">The value as written in the model.</param>
/// <param name="Instant">The instant it denotes.</param>
/// <param name="HasTime">False for a date alone.</param>
internal sealed record BriefDate(string Text, DateTimeOffset Instant, bool HasTime)
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>Parses the contract's two shapes; null when the text is neither (or absent).</summary>
    public static BriefDate? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, Styles, out var date))
        {
            return new BriefDate(text, date, false);
        }

        return DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, Styles, out var instant)
            ? new BriefDate(text, instant, true)
            : null;
    }

    /// <summary>RFC 3339 with seconds, as Atom and sitemaps want it: <c>2024-10-25T11:27:00-05:00</c>.</summary>
    public string Rfc3339 => Instant.ToString(HasTime ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
