using BriefGen.FileSystem;
using BriefGen.Rendering.Pages;

namespace BriefGen.Rendering;

/// <summary>
/// What rendering asks of the previous build (the incremental build state implements it): whether a file whose inputs
/// hash as they did may be kept, and what to remember of a file it rendered. Thread-safe: pages render in parallel.
/// </summary>
internal interface IRenderMemory
{
    /// <summary>The generator and the configuration: every page's input hash starts from it.</summary>
    UInt128 BuildKey { get; }

    /// <summary>
    /// Keeps the previous build's file at <paramref name="path"/> when it was rendered from <paramref name="input"/>
    /// with templates unchanged since, and <paramref name="writer"/> could keep it; false when it must be rendered.
    /// </summary>
    bool TryKeep(OutputPath path, UInt128 input, ISiteWriter writer);

    /// <summary>Remembers that <paramref name="path"/> was rendered from <paramref name="input"/> and <paramref name="templates"/> and written as <paramref name="stamp"/>.</summary>
    void Remember(string path, UInt128 input, IReadOnlyCollection<string> templates, FileStamp stamp);
}

/// <summary>A build that neither keeps nor remembers anything: every file is rendered.</summary>
internal sealed class NoRenderMemory : IRenderMemory
{
    /// <summary>The one instance (it holds nothing).</summary>
    public static NoRenderMemory Instance { get; } = new();

    /// <inheritdoc/>
    public UInt128 BuildKey => UInt128.Zero;

    /// <inheritdoc/>
    public bool TryKeep(OutputPath path, UInt128 input, ISiteWriter writer) => false;

    /// <inheritdoc/>
    public void Remember(string path, UInt128 input, IReadOnlyCollection<string> templates, FileStamp stamp)
    {
    }
}
