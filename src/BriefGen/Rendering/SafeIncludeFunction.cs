using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering;

/// <summary>
/// Replaces Scriban's <c>include</c>: resolves the name through the <see cref="TemplateLoader"/> (so it cannot leave
/// the template roots), hands Scriban the template parsed once by the <see cref="TemplateCatalog"/>, and returns the
/// output as <see cref="RawHtml"/> because it is escaped already.
/// </summary>
internal sealed class SafeIncludeFunction(IScriptCustomFunction builtin, TemplateCatalog catalog) : IncludeWrapper(builtin)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Prepare(context, callerContext, arguments);
        return new RawHtml(Include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
    }

    public override async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Prepare(context, callerContext, arguments);
        return new RawHtml((await Include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
    }

    private void Prepare(TemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        if (arguments.Count == 0 || arguments[0] is not string name)
        {
            return; // Scriban reports the missing name itself
        }

        var path = catalog.Loader.GetPath(context, caller?.Span ?? default, name);
        if (context.CachedTemplates.ContainsKey(path))
        {
            return;
        }

        var template = catalog.Get(path);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new TemplateSyntaxException(first.Span, first.Message);
        }

        context.CachedTemplates[path] = template;
    }
}
