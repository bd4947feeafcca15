using BriefGen.Model;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// The one list of page chrome: lines that are never content wherever they stand (header, body, related block).
/// Lines are compared after normalisation, exactly (case-sensitive). Configuration extends the list with
/// <see cref="ReaderOptions.ExtraChromeLines"/>. Besides these fixed lines the reader also drops, by layout,
/// repeats of the title, of the program line and of the image caption pair.
/// </summary>
internal static class ChromeLines
{
    /// <summary>The line that introduces topic lines; it is chrome itself, the topic lines after it feed <c>topics</c>.</summary>
    public const string MoreOn = "More on:";

    /// <summary>The built-in chrome lines of the contract.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } =
    [
        "More From Our Experts",
        MoreOn,
        "Close",
        "View License Detail",
        "Creative Commons",
        "Creative Commons: Some rights reserved.",
        "Share",
        "Print",
        "Newsletter",
        "Subscribe",
    ];

    /// <summary>The built-in lines plus the configured extra ones, normalised, for exact lookup.</summary>
    public static IReadOnlySet<string> For(ReaderOptions options)
    {
        if (options.ExtraChromeLines.Count == 0)
        {
            return DefaultSet;
        }

        var set = new HashSet<string>(DefaultSet, StringComparer.Ordinal);
        foreach (var line in options.ExtraChromeLines)
        {
            var normal = TextNormalizer.Normalize(line ?? string.Empty);
            if (normal.Length > 0)
            {
                set.Add(normal);
            }
        }

        return set;
    }

    private static readonly HashSet<string> DefaultSet = new(BuiltIn, StringComparer.Ordinal);
}
