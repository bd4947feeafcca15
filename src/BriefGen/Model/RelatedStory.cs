namespace BriefGen.Model;

/// <summary>A related story listed after a brief.</summary>
/// <param name="Label">The story's label (often a topic or program).</param>
/// <param name="Summary">The story's summary paragraph.</param>
public sealed record RelatedStory(string Label, string Summary);
