using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>An included template does not parse; reported as BG3001 at the included file's own location.</summary>
internal sealed class TemplateSyntaxException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
