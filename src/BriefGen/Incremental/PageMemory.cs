using BriefGen.FileSystem;
using BriefGen.Rendering;
using BriefGen.Rendering.Templates;

namespace BriefGen.Incremental;

/// <summary>
/// Rendering's memory in an incremental build: a file is kept when the previous build recorded the same input hash
/// and its templates still hash as they did; every file rendered is recorded for the next build.
/// </summary>
internal sealed class PageMemory(IncrementalBuild build, TemplateLoader templates) : IRenderMemory
{
    private readonly TemplateKeys _keys = new(templates);

    /// <inheritdoc/>
    public UInt128 BuildKey => build.BuildKey;

    /// <inheritdoc/>
    public bool TryKeep(OutputPath path, UInt128 input, ISiteWriter writer)
    {
        if (build.Previous.Find(path.Value) is { } before && before.Input == input
            && _keys.Of(before.Templates) == before.TemplatesKey && writer.TryReuse(path, before.File))
        {
            build.Next.Keep(path.Value, before);
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public void Remember(string path, UInt128 input, IReadOnlyCollection<string> templates, FileStamp stamp)
    {
        var shared = build.Next.Share([.. templates]);
        build.Next.Record(path, new PageRecord(input, shared, _keys.Of(shared), stamp));
    }
}
