using BriefGen.FileSystem;
using BriefGen.Hashing;

namespace BriefGen.Incremental;

/// <summary>What the state remembers of one generated file: the hashes it was made from and what the file looked like.</summary>
/// <param name="Input">The hash of the page's model (<see cref="InputHasher"/>).</param>
/// <param name="Templates">The templates its render loaded, by name, in ordinal order.</param>
/// <param name="TemplatesKey">The hash of those templates as they resolved and read then (<see cref="TemplateKeys"/>).</param>
/// <param name="File">The written file's length and modification time: a file changed by hand since is rendered again.</param>
internal sealed record PageRecord(UInt128 Input, IReadOnlyList<string> Templates, UInt128 TemplatesKey, FileStamp File);
