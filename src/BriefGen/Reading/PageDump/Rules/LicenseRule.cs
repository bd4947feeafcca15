using BriefGen.Diagnostics;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>license</c>: from the line <c>This work is licensed under &lt;Name&gt; (&lt;LABEL&gt;) License.</c> (see
/// <see cref="LicenseLineParser"/>). A line that cannot be understood is reported (BG1102) and leaves the field null;
/// a second, different licence line is reported and ignored.
/// </summary>
internal static class LicenseRule
{
    public static bool TryApply(PageDumpContext ctx, int index)
    {
        var text = ctx[index];
        if (!LicenseLineParser.IsLicenseLine(text))
        {
            return false;
        }

        if (!LicenseLineParser.TryParse(text, out var license))
        {
            ctx.Report(Descriptors.LicenseNotUnderstood, index, PageDumpContext.Excerpt(text));
        }
        else if (ctx.Draft.License is null)
        {
            ctx.Draft.License = license;
        }
        else if (ctx.Draft.License != license)
        {
            ctx.Report(Descriptors.RepeatedField, index, "licence line", PageDumpContext.Excerpt(text));
        }

        return true;
    }
}
