namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>topics</c>: the lines after a <c>More on:</c> line, blank lines between them optional (spaced or stacked),
/// up to the first line that is long or ends in <c>.</c> or <c>?</c>; that line is left for the body (a paragraph or
/// a question heading). Chrome between topic lines is skipped; a disclaimer, licence or <c>Top Stories</c> line also
/// ends the list. Topics are de-duplicated across every <c>More on:</c> block in first-seen order.
/// </summary>
internal static class TopicsRule
{
    /// <summary>Reads the topics after the <c>More on:</c> line at <paramref name="index"/>; returns the index of the first line after them.</summary>
    public static int Apply(PageDumpContext ctx, int index)
    {
        var i = index + 1;
        while (i < ctx.Count)
        {
            var text = ctx[i];
            if (text.Length == 0 || (ctx.IsChrome(i) && text != ChromeLines.MoreOn))
            {
                i++;
                continue;
            }

            if (!IsTopic(text))
            {
                break;
            }

            ctx.Draft.AddTopic(text);
            i++;
        }

        return i;
    }

    private static bool IsTopic(string text)
        => text != ChromeLines.MoreOn && LineShape.IsShort(text) && LineShape.FinalMark(text) is not ('.' or '?')
           && !RelatedRule.IsTopStories(text) && !DisclaimerRule.IsDisclaimer(text) && !LicenseLineParser.IsLicenseLine(text);
}
