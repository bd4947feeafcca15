namespace BriefGen.Reading.PageDump.Rules;

/// <summary>
/// <c>program</c>: a short line <c>from &lt;Program&gt;</c> in the header (before the kind block and authors). The
/// first one gives the program; any line equal to it later, anywhere, is chrome.
/// </summary>
internal static class ProgramRule
{
    private const string Prefix = "from ";

    /// <summary>True when the line is a program line; sets the program if none is known yet.</summary>
    public static bool TryApply(PageDumpContext ctx, int index)
    {
        var text = ctx[index];
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || text.Length == Prefix.Length
            || !LineShape.IsShort(text) || LineShape.EndsSentence(text))
        {
            return false;
        }

        ctx.Draft.Program ??= text[Prefix.Length..];
        return true;
    }

    /// <summary>True for a repeat of the known program line.</summary>
    public static bool IsRepeat(PageDumpContext ctx, int index)
    {
        var program = ctx.Draft.Program;
        var text = ctx[index];
        return program is not null && text.Length == Prefix.Length + program.Length
               && text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && text.EndsWith(program, StringComparison.Ordinal);
    }
}
