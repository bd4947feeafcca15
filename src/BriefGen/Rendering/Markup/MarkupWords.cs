namespace BriefGen.Rendering.Markup;

/// <summary>The fixed words rendered Markdown carries, in the site's language.</summary>
/// <param name="UnnamedTable">The name of a table without header cells, for assistive technology.</param>
/// <param name="Notes">The heading over a brief's footnotes.</param>
internal sealed record MarkupWords(string UnnamedTable, string Notes)
{
    /// <summary>The English words, for rendering outside a site.</summary>
    public static MarkupWords English { get; } = new("Table", "Notes");
}
