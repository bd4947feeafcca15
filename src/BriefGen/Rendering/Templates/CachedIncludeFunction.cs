using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// <c>include_cached name key1 key2 …</c>: like <c>include</c> (same lookup, confinement, arguments and
/// <see cref="RawHtml"/> result), but the output is rendered once per build for each template and keys, and reused
/// by every later call on any thread (Hugo's <c>partialCached</c>). The template's output must depend only on its
/// keys and on values constant for the build (<c>site</c>); variables it assigns are not set on a reuse. A render that
/// fails is not stored.
/// </summary>
internal sealed class CachedIncludeFunction(SafeIncludeFunction include, TemplateLoader loader, IncludeCache cache) : IncludeWrapper(include)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count == 0 || arguments[0] is not string name)
        {
            return Include.Invoke(context, callerContext, arguments, blockStatement); // reports the missing name as include does
        }

        var span = callerContext?.Span ?? default;
        var key = IncludeKey.Of(loader.GetPath(context, span, name), arguments.Skip(1).ToList(), span);
        var page = context as BriefTemplateContext;
        if (cache.TryGet(key, out var hit))
        {
            page?.TemplatesUsed?.UnionWith(hit.Templates);
            return hit.Html;
        }

        var outer = page?.TemplatesUsed;
        var used = new HashSet<string>(StringComparer.Ordinal) { name };
        if (page is not null)
        {
            page.TemplatesUsed = used;
        }

        RawHtml html;
        try
        {
            html = include.RenderToHtml(context, callerContext, arguments, blockStatement);
        }
        finally
        {
            if (page is not null)
            {
                page.TemplatesUsed = outer;
                outer?.UnionWith(used);
            }
        }

        cache.Add(key, html, used);
        return html;
    }

    public override ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
