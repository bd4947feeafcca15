namespace BriefGen.Model;

/// <summary>The lead image of a brief. Page dumps give caption and credit only; a URL comes from front matter or a sidecar.</summary>
/// <param name="Caption">What the image shows.</param>
/// <param name="Credit">Photographer and agency, e.g. <c>Vladimir Smirnov/Reuters</c>.</param>
/// <param name="Url">Where the image is; null unless front matter or a sidecar gives one.</param>
public sealed record Image(string? Caption, string? Credit, string? Url);
