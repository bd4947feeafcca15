namespace BriefGen.Incremental;

/// <summary>What the state remembers of one generated file: the hash of its inputs and of the templates its render loaded.</summary>
/// <param name="Input">The hash of the page's model (<see cref="InputHasher"/>).</param>
/// <param name="Templates">The templates its render loaded, by name, in ordinal order.</param>
/// <param name="TemplatesKey">The hash of those templates as they resolved and read then (<see cref="TemplateKeys"/>).</param>
internal sealed record PageRecord(UInt128 Input, IReadOnlyList<string> Templates, UInt128 TemplatesKey);
