using System.Collections.Concurrent;
using System.Text;
using BriefGen.FileSystem;
using BriefGen.Rendering;

namespace BriefGen.Output;

/// <summary>An <see cref="ISiteWriter"/> that keeps the site in memory, for tests and tools that inspect output.</summary>
internal sealed class InMemorySiteWriter : ISiteWriter
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The files written so far, by path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>True once <see cref="Commit"/> ran.</summary>
    public bool Committed { get; private set; }

    /// <inheritdoc/>
    public int FilesWritten => _files.Count;

    /// <summary>A written file decoded as UTF-8.</summary>
    public string ReadText(string path) => Encoding.UTF8.GetString(_files[path]);

    /// <inheritdoc/>
    public bool TryWrite(OutputPath path, ReadOnlySpan<byte> content) => _files.TryAdd(path.Value, content.ToArray());

    /// <inheritdoc/>
    public bool TryCopy(OutputPath path, string sourceFile) => _files.TryAdd(path.Value, File.ReadAllBytes(sourceFile));

    /// <inheritdoc/>
    public IReadOnlyList<string> Commit()
    {
        Committed = true;
        return [.. _files.Keys.Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
