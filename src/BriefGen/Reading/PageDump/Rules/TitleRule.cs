namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>title</c>: the first non-empty line. A chrome line (e.g. a stray <c>Share</c> before the headline) is skipped,
/// since chrome is never content wherever it stands. Later repeats of the title are chrome.
/// </summary>
internal static class TitleRule
{
    /// <summary>Sets the title and returns its line index, or -1 when there is no candidate line.</summary>
    public static int Apply(PageDumpContext ctx)
    {
        for (var i = 0; i < ctx.Count; i++)
        {
            if (!ctx.Lines[i].IsBlank && !ctx.IsChrome(i))
            {
                ctx.TitleIndex = i;
                ctx.Draft.Title = ctx[i];
                return i;
            }
        }

        return -1;
    }
}
