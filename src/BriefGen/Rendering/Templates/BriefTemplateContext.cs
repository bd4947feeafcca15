using BriefGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// The template context of every page: every value a template prints is escaped (<see cref="MarkupEscaper"/>)
/// unless it is <see cref="RawHtml"/>, a URL member that is not safe to link reads as null (<see cref="LinkSafeAccessor"/>),
/// loops and recursion are bounded so no template can hang a build, and reading a variable or member that does not
/// exist is reported (<see cref="UnknownNames"/>).
/// A <c>for</c> loop over data runs to its end (<see cref="StepLimit"/> is far beyond any site's data); a <c>while</c>
/// loop, which need not end, stops after <see cref="WhileLimit"/> steps, and output after <see cref="OutputLimitChars"/>.
/// </summary>
internal sealed class BriefTemplateContext : TemplateContext
{
    /// <summary>The most steps one <c>while</c> loop may take.</summary>
    public const int WhileLimit = 10_000;

    /// <summary>
    /// Scriban's <see cref="TemplateContext.LoopLimit"/>: the most steps of a loop and every loop and list function run
    /// inside it, added up (a range <c>1..n</c> may not be longer either). Data never comes near it: a brief page walks
    /// each section and paragraph once, and a 64 MiB seed holds fewer than 23 million paragraphs; only a runaway range or
    /// list function does. A bound that grew with the site's list lengths stopped a brief of 120,000 sections.
    /// </summary>
    public const int StepLimit = 100_000_000;

    /// <summary>The deepest nesting of includes and function calls.</summary>
    public const int DepthLimit = 64;

    /// <summary>
    /// The most characters a page may write, counting what its captures and includes write on the way (so a page
    /// passed through a capture and a layout counts about three times), and the longest value it may print. Scriban's
    /// default (1 Mi characters) cut a 10,000-brief sitemap short without a word; past this bound the page fails
    /// with BG3006 instead.
    /// </summary>
    public const int OutputLimitChars = 64 * 1024 * 1024;

    private readonly Dictionary<ScriptLoopStatementBase, int> _whileSteps = [];

    /// <summary>Creates a context with the bounds above.</summary>
    public BriefTemplateContext()
        : base(SharedBuiltins.Instance)
    {
        LoopLimit = StepLimit;
        RecursiveLimit = DepthLimit;
        ObjectRecursionLimit = DepthLimit;
        OutputLimit = OutputLimitChars;
        LimitToString = OutputLimitChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        NewLine = "\n";
        EnableRelaxedMemberAccess = true;
        EnableRelaxedTargetAccess = true; // brief.license.url is null, not an error, when there is no licence
        MemberRenamer = member => member.Name;
        TryGetVariable = ReadUnknownVariable; // Scriban calls these only when a lookup failed
        TryGetMember = ReadUnknownMember;
    }

    /// <summary>Where the names of included templates are collected (for the incremental build state); null: not collected.</summary>
    internal ISet<string>? TemplatesUsed { get; set; }

    /// <summary>Where reads of names that do not exist are reported (with <see cref="Diagnostics"/>); null: not reported.</summary>
    internal UnknownNames? UnknownNames { get; set; }

    /// <summary>The diagnostics of the page being rendered.</summary>
    internal DiagnosticBag? Diagnostics { get; set; }

    /// <summary>
    /// Readies a context that rendered a page without error for the next page, as if new: Scriban's reset pops the
    /// page's outputs and globals, and the line state, loop counts and loader go too. A context costs ~21 KB to
    /// build, about what a page's text does, so each rendering thread keeps one.
    /// </summary>
    internal void Recycle()
    {
        Reset();
        ResetPreviousNewLine();
        _whileSteps.Clear();
        TemplatesUsed = null;
        TemplateLoader = null;
        UnknownNames = null;
        Diagnostics = null;
    }

    /// <inheritdoc/>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Value);
                return this;
            default:
                Write(MarkupEscaper.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }

    private bool ReadUnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        value = null;
        if (Diagnostics is { } diagnostics)
        {
            UnknownNames?.Variable(this, variable, diagnostics);
        }

        return false;
    }

    private bool ReadUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        if (Diagnostics is { } diagnostics)
        {
            UnknownNames?.Member(this, span, target, member, diagnostics);
        }

        return false;
    }

    /// <summary>Template objects are read through <see cref="LinkSafeAccessor"/>: no unsafe URL reaches a page.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return target is IScriptObject && accessor is not null ? new LinkSafeAccessor(accessor) : accessor;
    }

    /// <inheritdoc/>
    protected override void OnEnterLoop(ScriptLoopStatementBase loop)
    {
        base.OnEnterLoop(loop);
        if (loop is ScriptWhileStatement)
        {
            _whileSteps[loop] = 0;
        }
    }

    /// <inheritdoc/>
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (loop is ScriptWhileStatement && _whileSteps.TryGetValue(loop, out var steps))
        {
            if (++steps > WhileLimit)
            {
                throw new TemplateLimitException(loop.Span, $"a while loop ran more than {WhileLimit:N0} times");
            }

            _whileSteps[loop] = steps;
        }

        return base.OnStepLoop(loop);
    }
}
