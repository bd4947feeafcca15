using System.Globalization;

namespace BriefGen.Reading.PageDump;

/// <summary>A forward-only scanner over the parts of a date line (after any prefix); used by <see cref="DateLineParser"/>.</summary>
internal sealed class DateTokens(string text)
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private readonly string _text = text;
    private int _pos;

    public bool AtEnd => _pos >= _text.Length;

    /// <summary><c>Month D, YYYY</c>, then an optional comma or <c>at</c> before a time.</summary>
    public bool TryReadDate(out DateOnly date)
    {
        date = default;
        var word = ReadWhile(char.IsLetter);
        if (_pos < _text.Length && _text[_pos] == '.')
        {
            _pos++;
        }

        var month = MonthOf(word);
        if (month == 0 || !Skip(' ') || !TryReadNumber(1, 2, out var day) || !Skip(',') || !Skip(' ')
            || !TryReadNumber(4, 4, out var year))
        {
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year < 1 ? 1 : year, month) || year < 1)
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        Skip(',');
        return true;
    }

    /// <summary>An optional <c>h:mm[:ss] [am|pm|a.m.|p.m.]</c>. <paramref name="ok"/> is false for a malformed time.</summary>
    public bool TryReadTime(out int hour, out int minute, out int second, out bool ok)
    {
        hour = minute = second = 0;
        ok = true;
        var save = _pos;
        if (!Skip(' '))
        {
            return false;
        }

        if (_text.AsSpan(_pos).StartsWith("at ", StringComparison.OrdinalIgnoreCase))
        {
            _pos += 3;
        }

        if (_pos >= _text.Length || !char.IsAsciiDigit(_text[_pos]))
        {
            _pos = save;
            return false;
        }

        ok = TryReadNumber(1, 2, out hour) && Skip(':') && TryReadNumber(2, 2, out minute)
             && (!Skip(':') || TryReadNumber(2, 2, out second)) && minute < 60 && second < 60;
        if (!ok)
        {
            return true;
        }

        var afterNumber = _pos;
        Skip(' ');
        var word = ReadWhile(c => char.IsAsciiLetter(c) || c == '.');
        var meridiem = word.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (meridiem is "am" or "pm")
        {
            ok = hour is >= 1 and <= 12;
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }
        else
        {
            _pos = afterNumber; // no am/pm: a 24-hour clock; what follows may be the zone
            ok = hour <= 23;
        }

        return true;
    }

    /// <summary>An optional zone, <c>(EST)</c> or <c>EST</c>; null when none follows.</summary>
    public string? ReadZone()
    {
        var save = _pos;
        if (!Skip(' '))
        {
            return null;
        }

        var bracketed = Skip('(');
        var zone = ReadWhile(char.IsAsciiLetter);
        if (zone.Length == 0 || (bracketed && !Skip(')')))
        {
            _pos = save;
            return null;
        }

        return zone;
    }

    private static int MonthOf(string word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        var lower = word.ToLowerInvariant();
        for (var m = 0; m < Months.Length; m++)
        {
            if (Months[m] == lower || (lower.Length <= 4 && Months[m].StartsWith(lower, StringComparison.Ordinal)
                                       && (lower.Length == 3 || lower == "sept")))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private bool TryReadNumber(int minDigits, int maxDigits, out int value)
    {
        var digits = ReadWhile(char.IsAsciiDigit);
        value = 0;
        return digits.Length >= minDigits && digits.Length <= maxDigits
               && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private bool Skip(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private string ReadWhile(Func<char, bool> predicate)
    {
        var start = _pos;
        while (_pos < _text.Length && predicate(_text[_pos]))
        {
            _pos++;
        }

        return _text[start.._pos];
    }
}
