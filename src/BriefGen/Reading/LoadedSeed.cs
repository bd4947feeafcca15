using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>One seed read from disk, with its sidecar applied.</summary>
/// <param name="File">Where it came from.</param>
/// <param name="Brief">The brief, or null when the seed could not be used.</param>
/// <param name="Diagnostics">Every problem found reading the seed and its sidecar.</param>
public sealed record LoadedSeed(SeedFile File, Brief? Brief, ImmutableArray<Diagnostic> Diagnostics);
