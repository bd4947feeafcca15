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
internal sealed class SafeIncludeFunction(IScriptCustomFunction builtin, TemplateCatalog catalog) : IScriptCustomFunction
{
    public int RequiredParameterCount => builtin.RequiredParameterCount;

    public int ParameterCount => builtin.ParameterCount;

    public ScriptVarParamKind VarParamKind => builtin.VarParamKind;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => builtin.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Prepare(context, callerContext, arguments);
        return new RawHtml(builtin.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Prepare(context, callerContext, arguments);
        return new RawHtml((await builtin.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
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
