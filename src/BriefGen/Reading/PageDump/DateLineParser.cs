using System.Globalization;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// Parses date lines: <c>[Last updated|Updated|Published[:]] Month D, YYYY [h:mm am|pm] [(ZONE)]</c>, month
/// names in full or abbreviated (<c>Oct</c>, <c>Oct.</c>, <c>Sept.</c>), <c>a.m.</c>/<c>p.m.</c> accepted, a 24-hour
/// <c>HH:mm</c> without am/pm accepted, the zone with or without brackets; also an ISO <c>YYYY-MM-DD</c> alone.
/// A date without a time is midnight at the zone's offset, or the date alone when no zone is given. A time without
/// a zone cannot be placed, so the date alone is kept and the caller warns. Hand-written scanner: linear, no regex.
/// </summary>
internal static class DateLineParser
{
    /// <summary>The longest line that is still looked at as a date line.</summary>
    private const int MaxLength = 80;

    private static readonly string[] Prefixes = ["Last updated", "Updated", "Published"];

    /// <summary>True for a line shaped like a date line (so a failure to parse it is worth a warning).</summary>
    public static bool IsDateLike(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return false;
        }

        var rest = StripPrefix(text, out _);
        if (IsIsoDate(rest))
        {
            return true;
        }

        var i = 0;
        while (i < rest.Length && char.IsLetter(rest[i]))
        {
            i++;
        }

        if (i < 3 || i > 10)
        {
            return false;
        }

        if (i < rest.Length && rest[i] == '.')
        {
            i++;
        }

        if (i + 1 >= rest.Length || rest[i] != ' ' || !char.IsAsciiDigit(rest[i + 1]))
        {
            return false;
        }

        i++;
        while (i < rest.Length && char.IsAsciiDigit(rest[i]))
        {
            i++;
        }

        return i < rest.Length && rest[i] == ',';
    }

    /// <summary>Parses a line for which <see cref="IsDateLike"/> is true.</summary>
    public static DateLine Parse(string text)
    {
        var rest = StripPrefix(text, out _);
        if (IsIsoDate(rest))
        {
            return DateOnly.TryParseExact(rest, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? new DateLine(rest, DateProblem.None)
                : new DateLine(null, DateProblem.Unparsable);
        }

        var reader = new DateTokens(rest);
        if (!reader.TryReadDate(out var date))
        {
            return new DateLine(null, DateProblem.Unparsable);
        }

        var hasTime = reader.TryReadTime(out var hour, out var minute, out var second, out var timeOk);
        if (!timeOk)
        {
            return new DateLine(null, DateProblem.Unparsable);
        }

        var zone = reader.ReadZone();
        if (!reader.AtEnd)
        {
            return new DateLine(null, DateProblem.Unparsable);
        }

        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (zone is null)
        {
            return new DateLine(day, hasTime ? DateProblem.TimeWithoutZone : DateProblem.None);
        }

        if (!TimeZones.TryGetOffset(zone, out var offset))
        {
            return new DateLine(null, DateProblem.UnknownZone);
        }

        var clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:00}:{minute:00}:{second:00}");
        return new DateLine(day + clock + offset, DateProblem.None);
    }

    private static string StripPrefix(string text, out bool hadPrefix)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var i = prefix.Length;
                if (i < text.Length && text[i] == ':')
                {
                    i++;
                }

                if (i < text.Length && text[i] == ' ')
                {
                    hadPrefix = true;
                    return text[(i + 1)..];
                }
            }
        }

        hadPrefix = false;
        return text;
    }

    private static bool IsIsoDate(string s)
        => s.Length == 10 && s[4] == '-' && s[7] == '-'
           && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2]) && char.IsAsciiDigit(s[3])
           && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6]) && char.IsAsciiDigit(s[8]) && char.IsAsciiDigit(s[9]);
}
