using Scriban;
using Scriban.Parsing;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Runs a parsed template as <see cref="Template.Render(TemplateContext)"/> does (its source file pushed, its page
/// evaluated and the result written), but leaves the text in the context's current output instead of copying it
/// out: a page is encoded straight from its buffer, and an included layout writes into the page's.
/// </summary>
internal static class TemplateRun
{
    public static void InPlace(TemplateContext context, Template template)
    {
        var file = template.SourceFilePath;
        if (file is not null)
        {
            context.PushSourceFile(file);
        }

        try
        {
            context.UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            if (template.Page is { } page && context.Evaluate(page) is { } result && context.EnableOutput)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (file is not null)
            {
                context.PopSourceFile();
            }
        }
    }
}
