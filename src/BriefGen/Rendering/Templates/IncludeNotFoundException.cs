using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>A template name found in neither root; reported as BG3003 at the caller.</summary>
internal sealed class IncludeNotFoundException(SourceSpan span, string name)
    : ScriptRuntimeException(span, $"template '{name}' not found")
{
    public string Name { get; } = name;
}
