using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>A template name that could read outside the template roots; reported as BG3004 at the caller.</summary>
internal sealed class IncludeRejectedException(SourceSpan span, string name, string reason)
    : ScriptRuntimeException(span, $"include of '{name}' is not allowed: {reason}")
{
    public string Name { get; } = name;

    public string Reason { get; } = reason;
}
