using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading.PageDump;

/// <summary>Reads plain-text page dumps (<c>*.txt</c>) into a <see cref="Brief"/> by the contract's layout rules.</summary>
public sealed class PageDumpReader : ISeedReader
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc/>
    public ReadResult Read(SourceText source, ReaderOptions options)
    {
        // Placeholder until the page-dump rules land: the first non-empty line is the title.
        var bag = new DiagnosticBag();
        var title = source.Text.Split('\n').Select(TextNormalizer.Normalize).FirstOrDefault(l => l.Length > 0);
        if (title is null)
        {
            bag.Report(Descriptors.NoTitle, source.Path, 1, 1, "the page dump has no non-empty line");
            return new ReadResult(null, bag.ToImmutable());
        }

        var brief = new Brief { Title = title, Slug = SeedSlug.Choose(null, title, source.Path, 1, bag) };
        return new ReadResult(brief, bag.ToImmutable());
    }
}
