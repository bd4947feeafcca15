namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>image</c>: a caption line directly followed (same block) by the same caption, a space and a credit. The first
/// pair before the kind block gives caption and credit (the tail after the caption); when there is none there, the
/// first pair before the first author line does; pairs in the body never do. Every later pair, and any
/// later line equal to either line of the image pair, is chrome. After the date line, where the kind block stands,
/// a short unpunctuated first line whose follower ends in a period is a kind label and its description, not a pair.
/// </summary>
internal static class ImageRule
{
    private const int KindLabelMax = 40;

    /// <summary>True when lines <paramref name="index"/> and the next form a caption pair.</summary>
    public static bool IsPair(PageDumpContext ctx, int index)
    {
        if (index + 1 >= ctx.Count)
        {
            return false;
        }

        var caption = ctx[index];
        var full = ctx[index + 1];
        if (caption.Length == 0 || full.Length < caption.Length + 2 || full[caption.Length] != ' '
            || !full.StartsWith(caption, StringComparison.Ordinal))
        {
            return false;
        }

        var kindLike = index > ctx.DateIndex && caption.Length <= KindLabelMax && !LineShape.EndsSentence(caption) && LineShape.EndsWithPeriod(full);
        return !kindLike;
    }

    /// <summary>Takes the pair at <paramref name="index"/> as the image when <paramref name="mayBeImage"/> and none is known.</summary>
    public static void ApplyPair(PageDumpContext ctx, int index, bool mayBeImage)
    {
        var draft = ctx.Draft;
        if (mayBeImage && draft.Caption is null)
        {
            draft.Caption = ctx[index];
            draft.CaptionWithCredit = ctx[index + 1];
            draft.Credit = ctx[index + 1][(ctx[index].Length + 1)..];
        }
    }

    /// <summary>True for a lone repeat of the image's caption line or caption-and-credit line.</summary>
    public static bool IsRepeat(PageDumpContext ctx, int index)
    {
        var text = ctx[index];
        return ctx.Draft.Caption is not null && (text == ctx.Draft.Caption || text == ctx.Draft.CaptionWithCredit);
    }
}
