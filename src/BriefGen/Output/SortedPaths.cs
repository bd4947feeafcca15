namespace BriefGen.Output;

/// <summary>Lists of site paths in ordinal order, the order <see cref="Rendering.ISiteWriter.Commit"/> returns them in.</summary>
internal static class SortedPaths
{
    /// <summary><paramref name="paths"/> in ordinal order.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> paths) => [.. paths.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="path"/> is in <paramref name="sorted"/> (ordinal order): a binary search.</summary>
    public static bool Contains(IReadOnlyList<string> sorted, string path)
    {
        var (low, high) = (0, sorted.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(sorted[middle], path);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>The paths of two sorted lists with no path in common, in one sorted list, without sorting again.</summary>
    public static List<string> Merge(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var merged = new List<string>(first.Count + second.Count);
        var (i, j) = (0, 0);
        while (i < first.Count || j < second.Count)
        {
            merged.Add(j == second.Count || (i < first.Count && string.CompareOrdinal(first[i], second[j]) < 0) ? first[i++] : second[j++]);
        }

        return merged;
    }
}
