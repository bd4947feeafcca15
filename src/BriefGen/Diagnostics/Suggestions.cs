namespace BriefGen.Diagnostics;

/// <summary>
/// "Did you mean …?" for a misspelt name (an MSBuild property, a setting, a front-matter key): the known name closest
/// by edit distance, when it is close enough to be a slip of the keyboard rather than another name.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The known name nearest to <paramref name="name"/>, ignoring case, counting an insertion, deletion, substitution or
    /// swap of two neighbouring letters as one edit. Null when none is within a third of the longer name's length (at
    /// least 1) or <paramref name="name"/> is itself known, spelt exactly so. A name that differs only in case is
    /// suggested: YAML keys and template members are case-sensitive (callers whose names are not, like MSBuild's
    /// properties, leave known names out first). Ties go to the first in ordinal order.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            if (candidate == name)
            {
                return null;
            }

            var distance = Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant());

            if (distance < bestDistance && distance <= Math.Max(1, Math.Max(name.Length, candidate.Length) / 3))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The end of a message about an unknown name: <c>; did you mean 'x'?</c> for the closest known name, or nothing
    /// when none is close (<see cref="Closest"/>).
    /// </summary>
    public static string DidYouMean(string name, IEnumerable<string> known)
        => Closest(name, known) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;

    /// <summary>The optimal string alignment distance: Levenshtein plus the swap of two neighbouring characters.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
