using Scriban.Syntax;

namespace BriefGen.Rendering;

/// <summary>Replaces every <c>capture … end</c> with an <see cref="EscapedCaptureStatement"/> once, at parse time.</summary>
internal sealed class CaptureRewriter : ScriptRewriter
{
    public override ScriptNode Visit(ScriptCaptureStatement node) => new EscapedCaptureStatement
    {
        CaptureKeyword = (ScriptKeyword)Visit((ScriptNode?)node.CaptureKeyword)!,
        Target = (ScriptExpression?)Visit(node.Target),
        Body = (ScriptBlockStatement?)Visit((ScriptNode?)node.Body),
    };
}
