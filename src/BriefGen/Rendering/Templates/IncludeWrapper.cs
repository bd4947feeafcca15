using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// A function that wraps an <c>include</c> and takes the same arguments: it forwards the signature Scriban checks
/// calls against, and returns markup (<see cref="RawHtml"/>), so the subclasses only say what they add.
/// </summary>
internal abstract class IncludeWrapper(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => Include.RequiredParameterCount;

    public int ParameterCount => Include.ParameterCount;

    public ScriptVarParamKind VarParamKind => Include.VarParamKind;

    public Type ReturnType => typeof(object);

    /// <summary>The include this function wraps.</summary>
    protected IScriptCustomFunction Include { get; } = include;

    public ScriptParameterInfo GetParameterInfo(int index) => Include.GetParameterInfo(index);

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public abstract ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);
}
