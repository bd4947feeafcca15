namespace BriefGen.Reading.PageDump;

/// <summary>
/// The fixed time-zone abbreviations of the contract and their offsets. Always this fixed offset, never a time-zone
/// database: <c>(EST)</c> in October is still −05:00. Abbreviations are matched upper-case, exactly.
/// </summary>
internal static class TimeZones
{
    /// <summary>Abbreviation → offset as written in ISO 8601 (<c>-05:00</c>).</summary>
    public static IReadOnlyDictionary<string, string> Offsets { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EST"] = "-05:00",
        ["EDT"] = "-04:00",
        ["CST"] = "-06:00",
        ["CDT"] = "-05:00",
        ["MST"] = "-07:00",
        ["MDT"] = "-06:00",
        ["PST"] = "-08:00",
        ["PDT"] = "-07:00",
        ["GMT"] = "+00:00",
        ["UTC"] = "+00:00",
        ["BST"] = "+01:00",
        ["CET"] = "+01:00",
        ["CEST"] = "+02:00",
    };

    /// <summary>Looks up an abbreviation such as <c>EST</c>; false when it is not in the table.</summary>
    public static bool TryGetOffset(string abbreviation, out string offset)
        => Offsets.TryGetValue(abbreviation, out offset!);
}
