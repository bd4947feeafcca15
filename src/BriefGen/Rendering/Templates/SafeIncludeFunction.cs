using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Replaces Scriban's <c>include</c>: resolves the name through the <see cref="TemplateLoader"/> (so it cannot leave
/// the template roots), renders the template parsed once by the <see cref="TemplateCatalog"/>, and returns the
/// output as <see cref="RawHtml"/> because it is escaped already. It renders as Scriban's
/// <see cref="TemplateContext.RenderTemplate"/> does (depth count, indentation, <c>$</c> and named arguments in a
/// new local scope), but into a pooled buffer (<see cref="OutputPool"/>) instead of a fresh one; and an include that
/// is a statement of its own, whose text would only be copied into the output around it, renders straight into
/// that output (a layout is the whole page).
/// </summary>
internal sealed class SafeIncludeFunction(IScriptCustomFunction builtin, TemplateCatalog catalog) : IncludeWrapper(builtin)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Indented text must be re-indented line by line as it is written; at the start of a line the indent is "".
        if (callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } && string.IsNullOrEmpty(context.CurrentIndent)
            && context.Output is StringBuilderOutput && Find(context, callerContext, arguments) is { } template)
        {
            Render(context, template, arguments, callerContext, intoCaller: true);
            return null;
        }

        return RenderToHtml(context, callerContext, arguments, blockStatement);
    }

    /// <summary>The included text, whatever the call's place (<c>include_cached</c> keeps it).</summary>
    public RawHtml RenderToHtml(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => new(Find(context, callerContext, arguments) is { } template
            ? Render(context, template, arguments, callerContext, intoCaller: false)!
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

    /// <summary>The included text; or, <paramref name="intoCaller"/>, null after writing it into the current output.</summary>
    private static string? Render(TemplateContext context, Template template, ScriptArray arguments, ScriptNode? caller, bool intoCaller)
    {
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        var afterNewLine = PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        var output = intoCaller ? null : OutputPool.Rent();
        var into = intoCaller ? ((StringBuilderOutput)context.Output).Builder : null;
        var start = into?.Length;
        if (output is not null)
        {
            context.PushOutput(output);
        }

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

            if (output is not null)
            {
                return template.Render(context);
            }

            TemplateRun.InPlace(context, template);
            return null;
        }
        finally
        {
            context.PopLocal();
            if (output is not null)
            {
                context.PopOutput();
                OutputPool.Return(output);
            }

            if (into is null || into.Length == start)
            {
                PreviousTextWasNewLine(context) = afterNewLine; // else the caller's output does end as the included text did
            }

            context.CurrentIndent = indent;
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
