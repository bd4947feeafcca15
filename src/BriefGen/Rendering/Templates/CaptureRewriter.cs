using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Replaces every <c>capture … end</c> of a parsed template with an <see cref="EscapedCaptureStatement"/>, once, at
/// parse time. In place and without recursion: the tree is otherwise left as Scriban parsed it (an empty template
/// too), and no nesting a template can write is deep enough to exhaust the stack here.
/// </summary>
internal static class CaptureRewriter
{
    public static void Apply(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (node is ScriptList<ScriptStatement> statements)
            {
                for (var i = 0; i < statements.Count; i++)
                {
                    if (statements[i] is ScriptCaptureStatement capture and not EscapedCaptureStatement)
                    {
                        statements.RemoveAt(i);
                        statements.Insert(i, Escaped(capture));
                    }
                }
            }

            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }
    }

    private static EscapedCaptureStatement Escaped(ScriptCaptureStatement capture)
    {
        var (target, body) = (capture.Target, capture.Body);
        (capture.Target, capture.Body) = (null, null); // detached, so that the new statement may adopt them
        return new EscapedCaptureStatement { Span = capture.Span, Target = target, Body = body };
    }
}
