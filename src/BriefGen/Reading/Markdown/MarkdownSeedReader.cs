using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading.FrontMatter;

namespace BriefGen.Reading.Markdown;

/// <summary>
/// Reads Markdown seeds (<c>*.md</c>): YAML front matter between <c>---</c> lines at the top gives the fields (the
/// JSON names, plus <c>date</c> and <c>tags</c> as aliases); the CommonMark body gives the sections, each
/// <c>## </c> heading starting one and every other top-level block kept as its exact source. Pure and thread-safe.
/// </summary>
public sealed class MarkdownSeedReader : ISeedReader
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".md"];

    /// <inheritdoc/>
    public ReadResult Read(SourceText source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bag = new DiagnosticBag();

        // Only line ends change here, so every line and column stays that of the file.
        var text = LineEnds.ToLf(source.Text.TrimStart('\uFEFF'));
        var split = FrontMatterSplit.Of(text);
        if (!split.Opened)
        {
            bag.Report(Descriptors.NoTitle, source.Path, 1, 1, "a Markdown seed starts with YAML front matter between '---' lines that gives its title");
            return new ReadResult(null, bag.ToImmutable());
        }

        if (!split.Closed)
        {
            bag.Report(Descriptors.FrontMatterUnterminated, source.Path, 1, 1);
            return new ReadResult(null, bag.ToImmutable());
        }

        var context = new YamlContext(source.Path, lineOffset: 1, YamlFieldCodes.FrontMatter, bag);
        if (!YamlMappingLoader.TryLoad(split.Yaml, context, out var mapping))
        {
            return new ReadResult(null, bag.ToImmutable()); // the fields are unknown: the seed cannot be used
        }

        var patch = BriefFields.Parse(mapping, context);
        var parsed = MarkdownBody.Split(text, split.BodyStart, split.BodyLineIndex, source.Path, bag);
        var sections = parsed ?? [];
        if (patch.Title is not { Value: { Length: > 0 } title })
        {
            bag.Report(Descriptors.NoTitle, source.Path, patch.Title?.Line ?? 1, 1, "the front matter gives no title");
            return new ReadResult(null, bag.ToImmutable());
        }

        if (patch.Sections is not null && sections.Count > 0)
        {
            bag.Report(Descriptors.FrontMatterSectionsAndBody, source.Path, split.BodyLineIndex + 1, 1);
        }
        else if (patch.Sections is null && parsed is { Count: 0 })
        {
            bag.Report(Descriptors.EmptyMarkdownBody, source.Path, split.BodyLineIndex, 1);
        }

        var brief = BriefFields.Apply(
            new Brief
            {
                Title = title,
                Slug = string.Empty,
                Sections = sections,
                Format = BriefFormat.Markdown,
            },
            patch);
        var slug = SeedSlug.Choose(patch.Slug?.Value, title, source.Path, patch.Slug?.Line ?? patch.Title.Value.Line, bag);
        return new ReadResult(brief with { Slug = slug }, bag.ToImmutable());
    }
}
