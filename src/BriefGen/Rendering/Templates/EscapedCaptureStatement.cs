using Scriban;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// <c>capture x … end</c> as Scriban runs it, with two differences: the body renders into a pooled buffer
/// (<see cref="OutputPool"/>), and <c>x</c> is set to <see cref="RawHtml"/>, because what a template writes is
/// escaped already and must not be escaped again when <c>x</c> is printed (e.g. a page's <c>content</c> in its
/// layout). <see cref="CaptureRewriter"/> puts it in place of every capture at parse time.
/// </summary>
internal sealed class EscapedCaptureStatement : ScriptCaptureStatement
{
    public override object? Evaluate(TemplateContext context)
    {
        if (Body is not { } body || Target is not { } target)
        {
            throw new ScriptRuntimeException(Span, "Invalid capture statement. Target and body are required.");
        }

        var output = OutputPool.Rent();
        context.PushOutput(output);
        try
        {
            context.Evaluate(body);
        }
        finally
        {
            context.PopOutput();
            var captured = new RawHtml(output.Builder.ToString());
            OutputPool.Return(output);
            context.SetValue(target, captured);
        }

        return null;
    }

    public override ValueTask<object?> EvaluateAsync(TemplateContext context) => ValueTask.FromResult(Evaluate(context));
}
