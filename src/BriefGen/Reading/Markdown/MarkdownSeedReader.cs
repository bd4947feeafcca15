using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading.Markdown;

/// <summary>Reads Markdown seeds (<c>*.md</c>) with YAML front matter into a <see cref="Brief"/>.</summary>
public sealed class MarkdownSeedReader : ISeedReader
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".md"];

    /// <inheritdoc/>
    public ReadResult Read(SourceText source, ReaderOptions options)
    {
        // Placeholder until the Markdown reader lands: a title from a 'title:' line.
        var bag = new DiagnosticBag();
        var line = source.Text.Split('\n').FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal));
        var title = line is null ? null : TextNormalizer.Normalize(line["title:".Length..].Trim().Trim('"'));
        if (string.IsNullOrEmpty(title))
        {
            bag.Report(Descriptors.NoTitle, source.Path, 1, 1, "the front matter has no title");
            return new ReadResult(null, bag.ToImmutable());
        }

        var brief = new Brief { Title = title, Slug = SeedSlug.Choose(null, title, source.Path, 1, bag), Format = BriefFormat.Markdown };
        return new ReadResult(brief, bag.ToImmutable());
    }
}
