using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering;

/// <summary>
/// Replaces Scriban's <c>include</c>: resolves the name through the <see cref="TemplateLoader"/> (so it cannot leave
/// the template roots), renders the template parsed once by the <see cref="TemplateCatalog"/>, and returns the
/// output as <see cref="RawHtml"/> because it is escaped already. It renders as Scriban's
/// <see cref="TemplateContext.RenderTemplate"/> does (depth count, indentation, <c>$</c> and named arguments in a
/// new local scope), but into a pooled buffer (<see cref="OutputPool"/>) instead of a fresh one.
/// </summary>
internal sealed class SafeIncludeFunction(IScriptCustomFunction builtin, TemplateCatalog catalog) : IncludeWrapper(builtin)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => new RawHtml(Find(context, callerContext, arguments) is { } template
            ? Render(context, template, arguments, callerContext)
            : Include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? ""); // Scriban reports what is wrong with the name

    public override ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The parsed template the first argument names; null when it is not a name (Scriban reports that).</summary>
    private Template? Find(TemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        if (arguments.Count == 0 || arguments[0] is not string name)
        {
            return null;
        }

        var template = catalog.Get(catalog.Loader.GetPath(context, caller?.Span ?? default, name));
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new TemplateSyntaxException(first.Span, first.Message);
        }

        return template;
    }

    private static string Render(TemplateContext context, Template template, ScriptArray arguments, ScriptNode? caller)
    {
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        var afterNewLine = PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        var output = OutputPool.Rent();
        context.PushOutput(output);
        var named = NamedArguments(context, caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            foreach (var (name, value) in named ?? [])
            {
                context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
            }

            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            return template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            OutputPool.Return(output);
            context.CurrentIndent = indent;
            PreviousTextWasNewLine(context) = afterNewLine;
            context.ExitRecursive(caller);
        }
    }

    /// <summary><c>include 'x' title: "…"</c>: the named arguments, which the template sees as local variables.</summary>
    private static Dictionary<string, object?>? NamedArguments(TemplateContext context, ScriptNode? caller)
    {
        Dictionary<string, object?>? named = null;
        foreach (var argument in (caller as ScriptFunctionCall)?.Arguments ?? [])
        {
            if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
            {
                (named ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value.Evaluate(context);
            }
        }

        return named;
    }

    /// <summary>
    /// Whether the last text written ended a line: Scriban keeps it privately, and an include restores it so the
    /// indentation of what follows does not depend on the included text.
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);
}
