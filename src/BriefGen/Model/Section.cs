namespace BriefGen.Model;

/// <summary>A part of a brief's body.</summary>
/// <param name="Heading">The section heading; null for text before the first heading.</param>
/// <param name="Paragraphs">The blocks of the section: plain paragraphs, or exact Markdown block source.</param>
public sealed record Section(string? Heading, IReadOnlyList<string> Paragraphs);
