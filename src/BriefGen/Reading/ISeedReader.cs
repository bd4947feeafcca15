using BriefGen.Diagnostics;

namespace BriefGen.Reading;

/// <summary>
/// A seed format: a pure function from decoded text to a <see cref="Model.Brief"/> plus diagnostics.
/// Readers never touch the file system and never throw for bad input; they are thread-safe.
/// </summary>
public interface ISeedReader
{
    /// <summary>The file extensions this reader handles, lower-case with the dot (<c>.txt</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads one seed. <paramref name="source"/> holds the decoded text (no BOM) and the path used in diagnostics.</summary>
    ReadResult Read(SourceText source, ReaderOptions options);
}
