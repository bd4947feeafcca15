namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>kind</c> / <c>kindDescription</c>: after the date line, a short label line with no final punctuation directly
/// followed, in the same block, by its description (usually one sentence ending in a period; the layout, not the
/// punctuation, decides). Neither line may be a byline or a bio sentence. Chrome, program lines and caption pairs before it are passed over (a pair there may be the image).
/// </summary>
internal static class KindRule
{
    private const int LabelMax = 60;

    /// <summary>Reads the kind block if it comes next; returns the index after it (or after the skipped lines).</summary>
    public static int Apply(PageDumpContext ctx, int from)
    {
        var i = from;
        while (i < ctx.Count)
        {
            if (CommonLineRule.TryApply(ctx, ref i, mayBeImage: true))
            {
                continue;
            }

            if (ctx.Draft.Program is null && ProgramRule.TryApply(ctx, i))
            {
                i++;
                continue;
            }

            break;
        }

        if (i + 1 >= ctx.Count || !IsLabel(ctx[i]) || !IsDescription(ctx[i + 1]))
        {
            return i;
        }

        ctx.Draft.Kind = ctx[i];
        ctx.Draft.KindDescription = ctx[i + 1];
        return i + 2;
    }

    private static bool IsLabel(string text)
        => text.Length > 0 && LineShape.CodePoints(text) <= LabelMax && !LineShape.EndsSentence(text)
           && char.IsUpper(text[0]) && !IsAuthorLine(text);

    private static bool IsDescription(string text)
        => text.Length > 0 && !IsAuthorLine(text) && !DateLineParser.IsDateLike(text);

    private static bool IsAuthorLine(string text) => BylineParser.TryParse(text, out _) || BioSplitter.IsBioParagraph(text);
}
