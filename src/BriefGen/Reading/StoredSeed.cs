using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>A seed read into the <see cref="SeedStore"/>: its brief as lists show it, and every problem found reading it.</summary>
/// <param name="File">Where it came from.</param>
/// <param name="Brief">The slim brief, or null when the seed could not be used; <see cref="SeedStore.Full"/> gives the whole one.</param>
/// <param name="Diagnostics">Every problem found reading the seed and its sidecar.</param>
internal sealed record StoredSeed(SeedFile File, SlimBrief? Brief, ImmutableArray<Diagnostic> Diagnostics);
