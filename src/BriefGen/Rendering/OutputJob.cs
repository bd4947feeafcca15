using BriefGen.Incremental;

namespace BriefGen.Rendering;

/// <summary>One file of the site to produce: its path, how to make its bytes, and what they are made from.</summary>
/// <param name="Path">The site-relative file, e.g. <c>briefs/x/index.html</c>.</param>
/// <param name="Produce">Renders the file (null after reporting a problem); runs on any thread. The bytes may live in a per-thread buffer: write them before producing the next file on that thread.</param>
/// <param name="Identity">Adds everything the file's bytes depend on apart from templates, site and configuration; null: always produce it (cheap files, which the writer compares with the previous build instead).</param>
internal sealed record OutputJob(string Path, Func<RenderScope, ReadOnlyMemory<byte>?> Produce, Action<InputHasher>? Identity = null);
