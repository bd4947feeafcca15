using Markdig.Syntax;

namespace BriefGen.Reading.Markdown;

/// <summary>A top-level block of a Markdown body with the 0-based first and last body lines it spans.</summary>
internal readonly record struct TopLevelBlock(Block Block, int First, int Last);
