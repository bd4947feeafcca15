namespace BriefGen.Reading.FrontMatter;

/// <summary>A section given in YAML, its paragraphs still as written (the brief's format decides how to clean them).</summary>
internal sealed record PatchSection(string? Heading, IReadOnlyList<string> Paragraphs);
