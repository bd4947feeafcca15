using BriefGen.Diagnostics;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>authors</c>: the lines right after the kind block (or the date line when there is none) that are bylines
/// (<see cref="BylineParser"/>, bio null) or bio paragraphs (<see cref="BioSplitter"/>). The first other line starts
/// the body. No author at all is reported (BG1103). A caption pair before the first author still gives the image
/// when none came before the kind block (the first pair of the page gives the image; pairs in the body are chrome).
/// </summary>
internal static class AuthorsRule
{
    /// <summary>Reads the authors from <paramref name="from"/>; returns the index where the body starts.</summary>
    public static int Apply(PageDumpContext ctx, int from)
    {
        var i = from;
        var start = from;
        while (i < ctx.Count)
        {
            if (CommonLineRule.TryApply(ctx, ref i, mayBeImage: ctx.Draft.Authors.Count == 0))
            {
                continue;
            }

            var text = ctx[i];
            if (BylineParser.TryParse(text, out var names))
            {
                ctx.Draft.Authors.AddRange(names.Select(n => new Model.Author(n, null)));
            }
            else if (BioSplitter.IsBioParagraph(text))
            {
                ctx.Draft.Authors.AddRange(BioSplitter.Split(text));
            }
            else
            {
                break;
            }

            i++;
        }

        if (ctx.Draft.Authors.Count == 0)
        {
            ctx.Report(Descriptors.NoAuthors, Math.Min(start, ctx.Count - 1));
        }

        return i;
    }
}
