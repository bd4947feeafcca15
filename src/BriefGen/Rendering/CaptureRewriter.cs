using Scriban.Syntax;

namespace BriefGen.Rendering;

/// <summary>
/// Rewrites <c>capture x … end</c> into <c>capture x … end; x = __raw_capture x</c> once, at parse time. A capture
/// holds template output that is already escaped; marking it <see cref="RawHtml"/> keeps the escaping context from
/// escaping it a second time when it is printed (e.g. a page's <c>content</c> in its layout).
/// </summary>
internal sealed class CaptureRewriter : ScriptRewriter
{
    /// <summary>The internal helper the rewritten code calls.</summary>
    public const string RawCaptureFunction = "__raw_capture";

    public override ScriptNode Visit(ScriptCaptureStatement node)
    {
        var capture = (ScriptCaptureStatement)base.Visit(node)!;
        var target = capture.Target!;
        var mark = new ScriptExpressionStatement
        {
            Span = node.Span,
            Expression = new ScriptAssignExpression
            {
                Span = node.Span,
                Target = (ScriptExpression)target.Clone(),
                Value = new ScriptFunctionCall
                {
                    Span = node.Span,
                    Target = new ScriptVariableGlobal(RawCaptureFunction) { Span = node.Span },
                    Arguments = { (ScriptExpression)target.Clone() },
                },
            },
        };
        var block = new ScriptBlockStatement { Span = node.Span };
        block.Statements.Add(capture);
        block.Statements.Add(mark);
        return block;
    }
}
