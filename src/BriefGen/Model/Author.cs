namespace BriefGen.Model;

/// <summary>An author of a brief.</summary>
/// <param name="Name">The author's name as printed, e.g. <c>Marcus T. Okafor Jr.</c>.</param>
/// <param name="Bio">The bio sentence(s), starting with the name; null when only a byline names the author.</param>
public sealed record Author(string Name, string? Bio);
