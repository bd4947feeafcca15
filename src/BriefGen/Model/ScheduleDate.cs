using System.Globalization;

namespace BriefGen.Model;

/// <summary>
/// A brief's <c>embargo</c> or <c>expires</c> value understood as an instant. Unlike <see cref="BriefDate"/>, a time
/// must carry its offset (an embargo is never guessed in some time zone); a date alone is midnight UTC of that day.
/// </summary>
/// <param name="Instant">The instant the value denotes.</param>
/// <param name="IsDateOnly">True for a date alone, which people should give an explicit offset instead.</param>
internal readonly record struct ScheduleDate(DateTimeOffset Instant, bool IsDateOnly)
{
    private static readonly string[] WithOffset =
        ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    /// <summary>Parses <paramref name="text"/>; false when it is neither a date nor a date-time with an offset.</summary>
    public static bool TryParse(string text, out ScheduleDate date)
    {
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, Styles, out var day))
        {
            date = new ScheduleDate(day, IsDateOnly: true);
            return true;
        }

        var parsed = DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, Styles, out var instant);
        date = new ScheduleDate(instant, IsDateOnly: false);
        return parsed;
    }
}
