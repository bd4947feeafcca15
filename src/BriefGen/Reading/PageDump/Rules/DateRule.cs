using BriefGen.Diagnostics;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>published</c>: the first date-like line after the title (see <see cref="DateLineParser"/>), looked for before
/// the first disclaimer, licence or <c>Top Stories</c> line (the end of the body); caption pairs are passed over (a caption
/// may start with a date). A date-like line that cannot be parsed, or names an unknown zone, is BG1003 and leaves the
/// field null; later date-like lines are ordinary text.
/// </summary>
internal static class DateRule
{
    /// <summary>The index of the date line, or -1.</summary>
    public static int Locate(PageDumpContext ctx, int from)
    {
        for (var i = from; i < ctx.Count; i++)
        {
            var text = ctx[i];
            if (text.Length == 0 || ctx.IsChrome(i))
            {
                continue;
            }

            if (RelatedRule.IsTopStories(text) || DisclaimerRule.IsDisclaimer(text)
                || LicenseLineParser.IsLicenseLine(text))
            {
                return -1;
            }

            if (ImageRule.IsPair(ctx, i))
            {
                i++;
                continue;
            }

            if (DateLineParser.IsDateLike(text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Sets <c>published</c> from the line at <paramref name="index"/> (-1: none, reported at <paramref name="titleIndex"/>).</summary>
    public static void Apply(PageDumpContext ctx, int index, int titleIndex)
    {
        if (index < 0)
        {
            ctx.Report(Descriptors.NoDateLine, titleIndex);
            return;
        }

        var text = ctx[index];
        var date = DateLineParser.Parse(text);
        switch (date.Problem)
        {
            case DateProblem.None:
                ctx.Draft.Published = date.Value;
                break;
            case DateProblem.TimeWithoutZone:
                ctx.Draft.Published = date.Value;
                ctx.Report(Descriptors.TimeWithoutZone, index, text);
                break;
            default:
                ctx.Report(Descriptors.UnparsableDate, index, text);
                break;
        }
    }
}
