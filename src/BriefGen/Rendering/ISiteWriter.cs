using BriefGen.FileSystem;
using BriefGen.Rendering.Pages;
namespace BriefGen.Rendering;

/// <summary>
/// The one place a build writes through. Implementations are thread-safe: pages render in parallel and stream here.
/// Nothing is visible to readers of the site until <see cref="Commit"/>; disposing without committing discards
/// everything written, so a failed build leaves the previous site as it was.
/// </summary>
internal interface ISiteWriter : IDisposable
{
    /// <summary>Writes one file; false when another output already claimed <paramref name="path"/>.</summary>
    bool TryWrite(OutputPath path, ReadOnlySpan<byte> content);

    /// <summary>
    /// Keeps the previous build's file at <paramref name="path"/> unchanged (an incremental build found its inputs
    /// unchanged); false when there is none, it no longer matches <paramref name="expected"/> (changed by hand) or
    /// another output claimed the path: the caller renders it then.
    /// </summary>
    bool TryReuse(OutputPath path, FileStamp expected) => false;

    /// <summary>The stamp of a file written (or found unchanged) by <see cref="TryWrite"/> in this build; null when the writer cannot tell (nothing is reused then).</summary>
    FileStamp? Stamp(OutputPath path) => null;

    /// <summary>Copies a file from disk as it is (static files); false when another output already claimed the path.</summary>
    bool TryCopy(OutputPath path, string sourceFile);

    /// <summary>Publishes everything written; returns the sorted paths of all files of the site.</summary>
    IReadOnlyList<string> Commit();

    /// <summary>How many files were written with new content (not kept unchanged from the previous build).</summary>
    int FilesWritten { get; }
}
