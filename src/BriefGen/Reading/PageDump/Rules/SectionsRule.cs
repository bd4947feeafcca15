using BriefGen.Model;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>sections</c>: every body line is one block (a page dump puts one block per line). A heading is a short line
/// (at most <see cref="LineShape.ShortMax"/> characters) without a final period standing alone between blank lines
/// (chrome looked through); it starts a section. Every other line is a paragraph of the current section; paragraphs
/// before the first heading form a section with a null heading. A heading followed by no paragraph keeps an empty list.
/// </summary>
internal sealed class SectionsRule
{
    private readonly List<Section> _sections;
    private string? _heading;
    private List<string>? _paragraphs;

    public SectionsRule(List<Section> sections) => _sections = sections;

    public static bool IsHeading(PageDumpContext ctx, int index)
    {
        var text = ctx[index];
        return LineShape.IsShort(text) && !LineShape.EndsWithPeriod(text) && ctx.StandsAlone(index);
    }

    public void Add(PageDumpContext ctx, int index)
    {
        if (IsHeading(ctx, index))
        {
            Flush();
            _heading = ctx[index];
            _paragraphs = [];
            return;
        }

        _paragraphs ??= [];
        _paragraphs.Add(ctx[index]);
    }

    /// <summary>Closes the open section, if any.</summary>
    public void Flush()
    {
        if (_paragraphs is not null)
        {
            _sections.Add(new Section(_heading, _paragraphs));
        }

        _heading = null;
        _paragraphs = null;
    }
}
