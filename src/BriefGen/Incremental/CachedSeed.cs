using BriefGen.Model;

namespace BriefGen.Incremental;

/// <summary>A seed the previous build read without any diagnostic: its stamp, its brief as lists show it, and the hashes of the whole and the slim brief.</summary>
/// <param name="Stamp">The seed's stamp when it was read.</param>
/// <param name="Brief">The brief without body, related stories and disclaimer (<see cref="Reading.SeedStore.Slim"/>).</param>
/// <param name="ContentHash">The hash of the whole brief (<see cref="InputHasher.AddBrief"/>).</param>
/// <param name="ListedHash">The hash of <paramref name="Brief"/>, what lists show (<see cref="Reading.SeedStore.ListedHash(Brief)"/>).</param>
internal sealed record CachedSeed(SeedStamp Stamp, Brief Brief, UInt128 ContentHash, UInt128 ListedHash);
