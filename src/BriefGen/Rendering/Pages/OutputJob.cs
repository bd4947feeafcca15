using BriefGen.Hashing;
using BriefGen.Rendering.Templates;

namespace BriefGen.Rendering.Pages;

/// <summary>
/// One file of the site to produce: its path, how to make its bytes, and what they are made from. A build plans one
/// per file, tens of thousands of them even when it renders two, so each kind of file is a small class of its own
/// (<see cref="SitePages"/>) rather than a handful of closures.
/// </summary>
/// <param name="path">The site-relative file, e.g. <c>briefs/x/index.html</c>.</param>
internal abstract class OutputJob(string path)
{
    /// <summary>The site-relative file, e.g. <c>briefs/x/index.html</c>.</summary>
    public string Path { get; } = path;

    /// <summary>
    /// Renders the file (null after reporting a problem); runs on any thread. The bytes may live in a per-thread
    /// buffer: write them before producing the next file on that thread.
    /// </summary>
    public abstract ReadOnlyMemory<byte>? Produce(RenderScope scope);

    /// <summary>Adds everything the file's bytes depend on apart from templates, site and configuration.</summary>
    public abstract void AddIdentity(InputHasher hasher);
}

/// <summary>A file made by two functions: for the few one-off files of a site (robots.txt, feed, sitemaps, the brief index).</summary>
internal sealed class FunctionJob(string path, Func<RenderScope, ReadOnlyMemory<byte>?> produce, Action<InputHasher> identity) : OutputJob(path)
{
    /// <inheritdoc/>
    public override ReadOnlyMemory<byte>? Produce(RenderScope scope) => produce(scope);

    /// <inheritdoc/>
    public override void AddIdentity(InputHasher hasher) => identity(hasher);
}
