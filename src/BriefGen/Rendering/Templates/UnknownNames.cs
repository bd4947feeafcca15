using System.Collections.Concurrent;
using BriefGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Reports what a template reads that does not exist: a variable (BG3008) or a member of an object (BG3009), at
/// the name's template file, line and column, with the closest known name as "did you mean". A name that exists but
/// holds null is not reported. Serves every page of one build: as a warning, each template location is reported
/// once, however many pages reach it; under <c>strict: true</c> it is an error on each page that reaches it, so
/// none of them is written. <see cref="BriefTemplateContext"/> calls it only after a lookup failed: a name found
/// costs nothing more.
/// </summary>
internal sealed class UnknownNames(bool strict, ScriptObject helpers)
{
    private readonly ConcurrentDictionary<(string? File, int Line, int Column), byte> _warned = new();

    /// <summary>Reports reading the variable <paramref name="variable"/>, which no scope holds.</summary>
    public void Variable(TemplateContext context, ScriptVariable variable, DiagnosticBag diagnostics)
    {
        if (FirstTime(variable.Span))
        {
            var closest = Suggestions.Closest(variable.Name, VisibleNames(context, variable));
            Report(diagnostics, Descriptors.UnknownVariable, variable.Span, variable.ToString(), DidYouMean(closest));
        }
    }

    /// <summary>Reports reading <paramref name="member"/> of <paramref name="target"/>, which has no such member.</summary>
    public void Member(TemplateContext context, SourceSpan span, object target, string member, DiagnosticBag diagnostics)
    {
        if (FirstTime(span))
        {
            // The expression being read: brief.titel, or brief["titel"] (array.sort by a member has none).
            var owner = (context.CurrentNode switch { ScriptMemberExpression m => m.Target, ScriptIndexerExpression i => i.Target, _ => null })?.ToString();
            var closest = Suggestions.Closest(member, context.GetMemberAccessor(target).GetMembers(context, span, target));
            Report(diagnostics, Descriptors.UnknownMember, span, owner is null ? "the value" : $"`{owner}`", member, DidYouMean(owner is null || closest is null ? closest : owner + "." + closest));
        }
    }

    /// <summary>True when the location is to be reported: always under strict, else once per build.</summary>
    private bool FirstTime(SourceSpan span) => strict || _warned.TryAdd((span.FileName, span.Start.Line, span.Start.Column), 0);

    private void Report(DiagnosticBag diagnostics, DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
        => diagnostics.Add(LocatedDiagnostic.At(descriptor, span, args) with { Severity = strict ? DiagnosticSeverity.Error : descriptor.DefaultSeverity });

    private static string DidYouMean(string? name) => name is null ? "" : $"; did you mean `{name}`?";

    /// <summary>The names a variable could have meant: built-ins, helpers, the page's variables and the loops around it.</summary>
    private List<string> VisibleNames(TemplateContext context, ScriptNode node)
    {
        List<string> names = [.. context.BuiltinObject.Keys, .. helpers.Keys, .. context.CurrentGlobal?.GetMembers() ?? []];
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ScriptForStatement { Variable: ScriptVariable loop })
            {
                names.Add(loop.Name);
            }
        }

        return names;
    }
}
