using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates.Functions;

/// <summary>
/// A helper function Scriban calls directly. Importing a delegate makes Scriban call it through reflection with
/// boxed arguments, which costs more than the helpers themselves on pages that call them hundreds of times.
/// </summary>
/// <param name="parameters">The number of required arguments.</param>
/// <param name="body">The function, given the context, the caller (for error spans) and the arguments.</param>
/// <param name="optional">How many more arguments the function may be given after the required ones.</param>
internal sealed class DirectFunction(int parameters, Func<TemplateContext, ScriptNode?, ScriptArray, object?> body, int optional = 0) : IScriptCustomFunction
{
    // Scriban asks for the info of every argument of every call: made once, not per call.
    private readonly ScriptParameterInfo[] _parameterInfos = [.. Enumerable.Range(0, parameters + optional).Select(Info)];

    public int RequiredParameterCount => parameters;

    public int ParameterCount => parameters + optional;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => index < _parameterInfos.Length ? _parameterInfos[index] : Info(index); // too many arguments: Invoke reports it

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < parameters || arguments.Count > parameters + optional)
        {
            var expected = optional == 0 ? $"{parameters}" : $"{parameters} to {parameters + optional}";
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"expected {expected} argument(s), got {arguments.Count}");
        }

        return body(context, callerContext, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static ScriptParameterInfo Info(int index) => new(typeof(object), "arg" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
