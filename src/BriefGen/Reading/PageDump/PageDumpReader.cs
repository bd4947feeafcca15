using BriefGen.Diagnostics;
using BriefGen.Reading.PageDump.Rules;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// Reads plain-text page dumps (<c>*.txt</c>) into a <see cref="Model.Brief"/> by the contract's layout rules: the
/// title, a header (program, image, summary) up to the date line, the kind block, the authors, then the body with
/// sections, topics, disclaimer, licence and related stories; chrome (<see cref="ChromeLines"/>) is dropped wherever
/// it stands. One linear pass over the lines, no regular expressions. Pure and thread-safe (no shared mutable
/// state); bad input never throws: every problem is a diagnostic and the field stays null or empty.
/// </summary>
public sealed class PageDumpReader : ISeedReader
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc/>
    public ReadResult Read(SourceText source, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var bag = new DiagnosticBag();
        var ctx = new PageDumpContext(source, LineScanner.Scan(source.Text), ChromeLines.For(options), bag);

        var title = TitleRule.Apply(ctx);
        if (title < 0)
        {
            bag.Report(Descriptors.NoTitle, source.Path, 1, 1, "the page dump has no non-empty line that is not chrome");
            return new ReadResult(null, bag.ToImmutable());
        }

        var date = DateRule.Locate(ctx, title + 1);
        ctx.DateIndex = date < 0 ? title : date;
        HeaderRule.Apply(ctx, title + 1, date);
        DateRule.Apply(ctx, date, title);
        var afterKind = KindRule.Apply(ctx, date < 0 ? title + 1 : date + 1);
        var body = AuthorsRule.Apply(ctx, afterKind);
        BodyRule.Apply(ctx, body);

        var slug = SeedSlug.Choose(null, ctx.Draft.Title, source.Path, ctx.Lines[title].Number, bag);
        return new ReadResult(ctx.Draft.ToBrief(slug), bag.ToImmutable());
    }
}
