using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Renders one page from a named template and its variables, turning every Scriban problem into a located BG3xxx
/// diagnostic (template file, line, column) instead of an exception, and reporting names a template reads that do
/// not exist (<see cref="UnknownNames"/>; under <paramref name="strict"/> they fail the page). Thread-safe: each call
/// has its own context.
/// </summary>
internal sealed class PageRenderer(TemplateCatalog catalog, ScriptObject helpers, bool strict)
{
    private readonly UnknownNames _unknownNames = new(strict, helpers);

    [ThreadStatic]
    private static BriefTemplateContext? t_context;

    public TemplateCatalog Catalog => catalog;

    /// <summary>
    /// The page's bytes as written (<see cref="PageBytes"/>; valid until the next page is rendered on this thread), or
    /// null after reporting why it could not be rendered (an error, such as an unknown name under strict).
    /// </summary>
    public ReadOnlyMemory<byte>? Render(string templateName, ScriptObject globals, string page, RenderScope scope)
    {
        var diagnostics = scope.Diagnostics;
        scope.Templates.Add(templateName);
        var path = catalog.Loader.Resolve(templateName);
        if (path is null)
        {
            diagnostics.Report(Descriptors.TemplateNotFound, null, 0, 0, templateName);
            return null;
        }

        var template = catalog.Get(path);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                Report(diagnostics, Descriptors.TemplateSyntaxError, m.Span, m.Message);
            }

            return null;
        }

        var context = TakeContext();
        context.TemplateLoader = catalog.Loader;
        context.TemplatesUsed = scope.Templates;
        context.UnknownNames = _unknownNames;
        context.Diagnostics = diagnostics;
        var output = OutputPool.Rent();
        context.PushOutput(output);
        context.PushGlobal(helpers);
        context.PushGlobal(globals);
        try
        {
            TemplateRun.InPlace(context, template);
            ReadOnlyMemory<byte>? bytes = null; // a page that reported an error (an unknown name under strict) is not written
            if (!diagnostics.HasErrors)
            {
                bytes = PageBytes.Encode(output.Builder);
            }

            context.Recycle();
            t_context = context; // only a context that finished a page cleanly serves the next one
            return bytes;
        }
        catch (ScriptRuntimeException e) when (FailureInside(e) is { } failure)
        {
            throw failure; // the file system, not the template: the build reports it as such, once
        }
        catch (ScriptRuntimeException e)
        {
            ReportRuntime(diagnostics, e, page);
            return null;
        }
        finally
        {
            OutputPool.Return(output);
        }
    }

    /// <summary>The file-system failure a template function ran into (Scriban wraps it), or null.</summary>
    private static FileSystemFailure? FailureInside(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is FileSystemFailure failure)
            {
                return failure;
            }
        }

        return null;
    }

    /// <summary>This thread's context from its last page (see <see cref="BriefTemplateContext.Recycle"/>), or a new one.</summary>
    private static BriefTemplateContext TakeContext()
    {
        var context = t_context ?? new BriefTemplateContext();
        t_context = null;
        return context;
    }

    private static void ReportRuntime(DiagnosticBag diagnostics, ScriptRuntimeException e, string page)
    {
        switch (e)
        {
            case TemplateSyntaxException:
                Report(diagnostics, Descriptors.TemplateSyntaxError, e.Span, e.OriginalMessage);
                break;
            case IncludeRejectedException r:
                Report(diagnostics, Descriptors.IncludeOutsideRoot, e.Span, r.Name, r.Reason);
                break;
            case IncludeNotFoundException n:
                Report(diagnostics, Descriptors.TemplateNotFound, e.Span, n.Name);
                break;
            case TemplateLimitException:
                Report(diagnostics, Descriptors.TemplateLimit, e.Span, e.OriginalMessage, page);
                break;
            default:
                // Scriban's own loop and recursion guards throw plain runtime errors whose text names the limit.
                var limit = e.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase);
                Report(diagnostics, limit ? Descriptors.TemplateLimit : Descriptors.TemplateRuntimeError, e.Span, e.OriginalMessage, page);
                break;
        }
    }

    private static void Report(DiagnosticBag diagnostics, DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
        => diagnostics.Add(LocatedDiagnostic.At(descriptor, span, args));
}
