using BriefGen.Diagnostics;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// The body, from the first line after the authors to the end: <see cref="CommonLineRule"/> lines first (chrome,
/// topics, disclaimer, licence), then sections (<see cref="SectionsRule"/>) until a <c>Top Stories</c> line, after which
/// every line feeds <see cref="RelatedRule"/>. Caption pairs here are chrome.
/// </summary>
internal static class BodyRule
{
    public static void Apply(PageDumpContext ctx, int from)
    {
        var sections = new SectionsRule(ctx.Draft.Sections);
        RelatedRule? related = null;
        var i = from;
        while (i < ctx.Count)
        {
            if (CommonLineRule.TryApply(ctx, ref i, mayBeImage: false))
            {
                continue;
            }

            if (RelatedRule.IsTopStories(ctx[i]))
            {
                sections.Flush();
                related ??= new RelatedRule();
            }
            else if (related is not null)
            {
                related.Add(ctx, i);
            }
            else
            {
                sections.Add(ctx, i);
            }

            i++;
        }

        sections.Flush();
        related?.Finish(ctx);
        if (ctx.Draft.Sections.Count == 0)
        {
            ctx.Report(Descriptors.NoBody, Math.Min(from, ctx.Count - 1));
        }
    }
}
