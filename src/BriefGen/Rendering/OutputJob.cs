using BriefGen.Diagnostics;

namespace BriefGen.Rendering;

/// <summary>One file of the site to produce: its path and how to make its bytes (null after reporting a problem).</summary>
/// <param name="Path">The site-relative file, e.g. <c>briefs/x/index.html</c>.</param>
/// <param name="Produce">Renders the file; runs on any thread. The bytes may live in a per-thread buffer: write them before producing the next file on that thread.</param>
internal sealed record OutputJob(string Path, Func<DiagnosticBag, ReadOnlyMemory<byte>?> Produce);
