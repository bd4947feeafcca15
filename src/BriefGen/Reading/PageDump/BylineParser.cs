namespace BriefGen.Reading.PageDump;

/// <summary>
/// Parses a byline, <c>By A</c>, <c>By A and B</c>, <c>By A, B, and C</c> (with or without the serial comma).
/// Every entry must be shaped like a name (<see cref="PersonName.IsName"/>), so a sentence such as
/// <c>By contrast, …</c> is no byline. A suffix entry (<c>By A, Jr., and B</c>) joins the name before it.
/// </summary>
internal static class BylineParser
{
    private const int MaxLength = 300;

    public static bool TryParse(string text, out List<string> names)
    {
        names = [];
        if (!text.StartsWith("By ", StringComparison.Ordinal) || text.Length > MaxLength)
        {
            return false;
        }

        foreach (var piece in text[3..].Split(", "))
        {
            var entry = piece.StartsWith("and ", StringComparison.Ordinal) ? piece[4..] : piece;
            foreach (var name in entry.Split(" and "))
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
