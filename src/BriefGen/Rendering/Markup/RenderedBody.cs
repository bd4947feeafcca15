namespace BriefGen.Rendering.Markup;

/// <summary>A brief's Markdown body as HTML: each block's on its own, and the footnotes of them all.</summary>
/// <param name="Sections">
/// Per section, per paragraph block: its HTML (empty for a definition, which prints nothing where it stands), or null
/// when Markdig refused the block and it is to be printed as text.
/// </param>
/// <param name="FootnotesHtml">The footnotes that blocks refer to, as one section; null when there is none.</param>
internal sealed record RenderedBody(IReadOnlyList<IReadOnlyList<string?>> Sections, string? FootnotesHtml);
