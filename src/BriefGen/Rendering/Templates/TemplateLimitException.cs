using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>A template exceeded a bound (loop steps, recursion depth); reported as BG3006 at <see cref="ScriptRuntimeException.Span"/>.</summary>
internal sealed class TemplateLimitException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
