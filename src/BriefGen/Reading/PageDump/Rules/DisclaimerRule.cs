using BriefGen.Diagnostics;

namespace BriefGen.Reading.PageDump.Rules;

/// <summary><c>disclaimer</c>: the paragraph starting <c>This work represents the views and opinions</c> (the first one; a second is reported).</summary>
internal static class DisclaimerRule
{
    private const string Prefix = "This work represents the views and opinions";

    public static bool IsDisclaimer(string text) => text.StartsWith(Prefix, StringComparison.Ordinal);

    public static bool TryApply(PageDumpContext ctx, int index)
    {
        var text = ctx[index];
        if (!IsDisclaimer(text))
        {
            return false;
        }

        if (ctx.Draft.Disclaimer is null)
        {
            ctx.Draft.Disclaimer = text;
        }
        else if (ctx.Draft.Disclaimer != text)
        {
            ctx.Report(Descriptors.RepeatedField, index, "disclaimer", PageDumpContext.Excerpt(text));
        }

        return true;
    }
}
