using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>What reading one seed gave: the brief (null when the seed cannot be used) and its diagnostics.</summary>
/// <param name="Brief">The brief, or null when an error made the seed unusable (e.g. no title).</param>
/// <param name="Diagnostics">Every problem found, in the order found.</param>
public sealed record ReadResult(Brief? Brief, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>A result with no brief and one diagnostic.</summary>
    public static ReadResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
