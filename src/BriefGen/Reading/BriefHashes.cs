using BriefGen.Hashing;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>The hashes of a brief that incremental builds compare.</summary>
/// <param name="Content">The hash of the whole brief (<see cref="InputHasher.AddBrief(Brief)"/>): what its own pages and the feed show.</param>
/// <param name="Listed">The hash of its slim form (<see cref="Model.SlimBrief"/>): what lists, indexes and <c>briefs.json</c> show.</param>
internal readonly record struct BriefHashes(UInt128 Content, UInt128 Listed);
