namespace BriefGen.Diagnostics;

/// <summary>"Did you mean …?": the known name closest to a mistyped one, for any diagnostic about an unknown name.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The name of <paramref name="known"/> closest to <paramref name="name"/> (case-insensitive edit distance), or null
    /// when none is close: at most a third of the longer name's length, and never for names of one or two letters.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A name differing only in case (distance 0) is a mistake too: keys are case-sensitive.
        var close = best is not null && name.Length > 2 && bestDistance <= Math.Max(name.Length, best.Length) / 3;
        return close && !string.Equals(best, name, StringComparison.Ordinal) ? best : null;
    }

    /// <summary>
    /// The end of a message about an unknown name: <c>; did you mean 'x'?</c> for the closest known name, or nothing
    /// when none is close (<see cref="Closest"/>).
    /// </summary>
    public static string DidYouMean(string name, IEnumerable<string> known)
        => Closest(name, known) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;

    /// <summary>The Damerau–Levenshtein (optimal string alignment) distance: a swap of two letters counts once.</summary>
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
