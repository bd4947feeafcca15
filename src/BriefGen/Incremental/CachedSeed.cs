using BriefGen.Model;

namespace BriefGen.Incremental;

/// <summary>A seed the previous build read without any diagnostic: its stamp, its brief as lists show it, and the hash of the whole brief.</summary>
/// <param name="Stamp">The seed's stamp when it was read.</param>
/// <param name="Brief">The brief without body, related stories and disclaimer (<see cref="Reading.SeedStore.Slim"/>).</param>
/// <param name="ContentHash">The hash of the whole brief (<see cref="InputHasher.AddBrief"/>).</param>
internal sealed record CachedSeed(SeedStamp Stamp, Brief Brief, UInt128 ContentHash);
