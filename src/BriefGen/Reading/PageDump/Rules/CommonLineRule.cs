namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// Lines recognised wherever they stand, tried before any positional rule: blank lines, chrome (the list, title
/// repeats, program repeats, image caption pairs and their repeats), <c>More on:</c> with its topic lines, the
/// disclaimer and the licence line.
/// </summary>
internal static class CommonLineRule
{
    /// <summary>
    /// Consumes the line(s) at <paramref name="index"/> when they are one of these; <paramref name="mayBeImage"/>
    /// says whether a caption pair here may still give the brief's image (before the kind block).
    /// </summary>
    public static bool TryApply(PageDumpContext ctx, ref int index, bool mayBeImage)
    {
        var text = ctx[index];
        if (text.Length == 0)
        {
            index++;
            return true;
        }

        if (text == ChromeLines.MoreOn)
        {
            index = TopicsRule.Apply(ctx, index);
            return true;
        }

        if (ctx.IsChrome(index) || ImageRule.IsRepeat(ctx, index) || ProgramRule.IsRepeat(ctx, index))
        {
            index++;
            return true;
        }

        if (ImageRule.IsPair(ctx, index))
        {
            ImageRule.ApplyPair(ctx, index, mayBeImage);
            index += 2;
            return true;
        }

        if (DisclaimerRule.TryApply(ctx, index) || LicenseRule.TryApply(ctx, index))
        {
            index++;
            return true;
        }

        return false;
    }
}
