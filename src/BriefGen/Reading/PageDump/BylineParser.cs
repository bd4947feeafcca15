namespace BriefGen.Reading.PageDump;

/// <summary>
/// Parses a byline, <c>By A</c>, <c>By A and B</c>, <c>By A, B, and C</c> (with or without the serial comma;
/// <c>&amp;</c> also joins two names; <c>By:</c> and a lower-case <c>by</c> are accepted).
/// Every entry must be shaped like a name (<see cref="PersonName.IsName"/>), so a sentence such as
/// <c>By contrast, …</c> is no byline. A suffix entry (<c>By A, Jr., and B</c>) joins the name before it.
/// </summary>
internal static class BylineParser
{
    private const int MaxLength = 300;

    public static bool TryParse(string text, out List<string> names)
    {
        names = [];
        if (text.Length > MaxLength || !text.StartsWith("by", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var start = text.StartsWith("by: ", StringComparison.OrdinalIgnoreCase) ? 4
            : text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? 3 : -1;
        if (start < 0)
        {
            return false;
        }

        foreach (var piece in text[start..].Split(", "))
        {
            var entry = piece.StartsWith("and ", StringComparison.Ordinal) ? piece[4..]
                : piece.StartsWith("& ", StringComparison.Ordinal) ? piece[2..] : piece;
            foreach (var name in entry.Split([" and ", " & "], StringSplitOptions.None))
            {
                if (name is "Jr." or "Sr." or "II" or "III" or "IV" && names.Count > 0)
                {
                    names[^1] += ", " + name;
                    continue;
                }

                if (!PersonName.IsName(name))
                {
                    names = [];
                    return false;
                }

                names.Add(name);
            }
        }

        return names.Count > 0;
    }
}
