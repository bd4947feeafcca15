namespace BriefGen.Model.Licenses;

/// <summary>
/// Creative Commons licence labels and their full names (<c>CC BY-NC-ND 4.0</c> ↔ <c>Creative Commons
/// Attribution-NonCommercial-NoDerivatives 4.0 International</c>), so a licence line that gives only the name still
/// yields a label, id and URL. Built from the six licence elements and the published versions, not typed out.
/// </summary>
internal static class CreativeCommonsNames
{
    private static readonly string[] Elements = ["BY", "BY-SA", "BY-NC", "BY-ND", "BY-NC-SA", "BY-NC-ND"];
    private static readonly string[] Versions = ["1.0", "2.0", "2.5", "3.0", "4.0"];

    /// <summary>The full name for <c>CC &lt;elements&gt; &lt;version&gt;</c>.</summary>
    public static string NameFor(string elements, string version)
    {
        var words = elements.Split('-').Select(e => e switch
        {
            "BY" => "Attribution",
            "SA" => "ShareAlike",
            "NC" => "NonCommercial",
            "ND" => version == "4.0" ? "NoDerivatives" : "NoDerivs",
            _ => e,
        });
        var scope = version switch
        {
            "4.0" => " International",
            "3.0" => " Unported",
            "2.5" or "2.0" => " Generic",
            _ => string.Empty,
        };
        return "Creative Commons " + string.Join('-', words) + " " + version + scope;
    }

    /// <summary>Finds the label (<c>CC BY 4.0</c>) for a full licence name; false when the name is not a known CC licence.</summary>
    public static bool TryGetLabel(string name, out string label)
    {
        foreach (var elements in Elements)
        {
            foreach (var version in Versions)
            {
                if (string.Equals(NameFor(elements, version), name, StringComparison.OrdinalIgnoreCase))
                {
                    label = "CC " + elements + " " + version;
                    return true;
                }
            }
        }

        label = string.Empty;
        return false;
    }
}
