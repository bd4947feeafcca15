using BriefGen.Diagnostics;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// The header, from after the title up to the date line: <c>program</c> (<see cref="ProgramRule"/>), <c>image</c>
/// (<see cref="ImageRule"/>) and <c>summary</c>. The summary is the last remaining paragraph before the date line that
/// stands alone in its block (else the last remaining line); any other remaining header line is reported (BG1106).
/// </summary>
internal static class HeaderRule
{
    /// <summary>Reads lines <paramref name="from"/> up to <paramref name="dateIndex"/> (exclusive; nothing when -1).</summary>
    public static void Apply(PageDumpContext ctx, int from, int dateIndex)
    {
        var candidates = new List<int>();
        var i = from;
        while (i < dateIndex)
        {
            if (CommonLineRule.TryApply(ctx, ref i, mayBeImage: true))
            {
                continue;
            }

            if (!ProgramRule.TryApply(ctx, i))
            {
                candidates.Add(i);
            }

            i++;
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var summary = candidates[^1];
        for (var k = candidates.Count - 1; k >= 0; k--)
        {
            if (ctx.StandsAlone(candidates[k]))
            {
                summary = candidates[k];
                break;
            }
        }

        ctx.Draft.Summary = ctx[summary];
        foreach (var other in candidates)
        {
            if (other != summary)
            {
                ctx.Report(Descriptors.UnusedHeaderLine, other, PageDumpContext.Excerpt(ctx[other]));
            }
        }
    }
}
