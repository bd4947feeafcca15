using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>related</c>: after a <c>Top Stories</c> line (<c>Top Stories on …</c>), pairs of a label line (short, no final
/// period; it may be a question) and the summary paragraph after it (a long line, or one ending in sentence
/// punctuation). A short unpunctuated line after a label is the next label, so the first has no summary (BG1105);
/// a paragraph with no label before it is left out (BG1109). Chrome inside the block is skipped by the caller.
/// </summary>
internal sealed class RelatedRule
{
    private int _label = -1;

    public static bool IsTopStories(string text)
        => text.StartsWith("Top Stories", StringComparison.OrdinalIgnoreCase) && (text.Length == 11 || text[11] == ' ')
           && LineShape.IsShort(text) && !LineShape.EndsSentence(text);

    public void Add(PageDumpContext ctx, int index)
    {
        var text = ctx[index];
        if (_label < 0)
        {
            if (LineShape.IsShort(text) && !LineShape.EndsWithPeriod(text))
            {
                _label = index;
            }
            else
            {
                ctx.Report(Descriptors.RelatedWithoutLabel, index, PageDumpContext.Excerpt(text));
            }

            return;
        }

        if (LineShape.IsShort(text) && !LineShape.EndsSentence(text))
        {
            Finish(ctx);
            _label = index;
            return;
        }

        ctx.Draft.Related.Add(new RelatedStory(ctx[_label], text));
        _label = -1;
    }

    /// <summary>Reports a label still waiting for its summary.</summary>
    public void Finish(PageDumpContext ctx)
    {
        if (_label >= 0)
        {
            ctx.Report(Descriptors.RelatedWithoutSummary, _label, ctx[_label]);
            _label = -1;
        }
    }
}
