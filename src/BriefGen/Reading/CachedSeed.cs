using BriefGen.Hashing;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>A seed the previous build read without any diagnostic: its stamp, its brief as lists show it, and the hashes of the whole and the slim brief.</summary>
/// <param name="Stamp">The seed's stamp when it was read.</param>
/// <param name="Brief">The brief as lists show it.</param>
/// <param name="ContentHash">The hash of the whole brief (<see cref="InputHasher.AddBrief(Brief)"/>).</param>
/// <param name="ListedHash">The hash of <paramref name="Brief"/>, what lists show.</param>
internal sealed record CachedSeed(SeedStamp Stamp, SlimBrief Brief, UInt128 ContentHash, UInt128 ListedHash)
{
    /// <summary>The search form of the brief's body, when the build that read it indexed bodies (<c>search</c> on).</summary>
    public SearchBody? Search { get; init; }

    /// <summary>This seed with its body's terms numbered by <paramref name="vocabulary"/>: itself when they already are, or it has none.</summary>
    public CachedSeed NumberedBy(SearchVocabulary vocabulary)
        => Search is null || ReferenceEquals(Search.Vocabulary, vocabulary) ? this : this with { Search = Search.In(vocabulary) };
}
