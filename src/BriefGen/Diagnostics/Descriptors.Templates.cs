namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG3xxx: templates and rendering.

    /// <summary>BG3001: a template does not parse.</summary>
    public static readonly DiagnosticDescriptor TemplateSyntaxError = new(
        "BG3001", "Template syntax error", "{0}", DiagnosticSeverity.Error);

    /// <summary>BG3002: a template failed while rendering a page.</summary>
    public static readonly DiagnosticDescriptor TemplateRuntimeError = new(
        "BG3002", "Template runtime error", "{0} (rendering {1})", DiagnosticSeverity.Error);

    /// <summary>BG3003: a page template is in neither the user's folder nor the defaults.</summary>
    public static readonly DiagnosticDescriptor TemplateNotFound = new(
        "BG3003", "Template not found", "template '{0}' not found in the templates folder or the built-in defaults", DiagnosticSeverity.Error);

    /// <summary>BG3004: an include names a path outside the template roots.</summary>
    public static readonly DiagnosticDescriptor IncludeOutsideRoot = new(
        "BG3004", "Include outside the templates", "include of '{0}' is not allowed: {1}", DiagnosticSeverity.Error);

    /// <summary>BG3005: a link or image with an unsafe URL scheme (in Markdown or any URL field) was rendered without it.</summary>
    public static readonly DiagnosticDescriptor UnsafeLink = new(
        "BG3005", "Unsafe link made inert", "the link '{0}' uses a scheme other than http, https or mailto; its text is kept, the link dropped", DiagnosticSeverity.Warning);

    /// <summary>BG3006: a template loop or recursion exceeded its bound.</summary>
    public static readonly DiagnosticDescriptor TemplateLimit = new(
        "BG3006", "Template limit reached", "{0} (rendering {1})", DiagnosticSeverity.Error);

    /// <summary>
    /// BG3007: a block of a Markdown brief is too much for the parser (nested absurdly deep, or thousands of brackets);
    /// it is printed as escaped text.
    /// </summary>
    public static readonly DiagnosticDescriptor MarkdownBlockAsText = new(
        "BG3007", "Markdown block shown as text", "a block of the body nests brackets, emphasis, block quotes or lists more than {0} deep, or holds more than {1} '[' brackets; it is shown as plain text", DiagnosticSeverity.Warning);

    /// <summary>
    /// BG3008: a template reads a variable that does not exist (a typo, or one this page does not get); it reads as
    /// empty. Reported once per template location and build; an error under <c>strict: true</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownVariable = new(
        "BG3008", "Unknown template variable", "there is no variable `{0}` here, so it reads as empty{1}", DiagnosticSeverity.Warning);

    /// <summary>
    /// BG3009: a template reads a member that its object does not have (<c>brief.titel</c>); it reads as empty. A
    /// member that exists but holds null is not reported. Once per template location and build; an error under
    /// <c>strict: true</c>.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownMember = new(
        "BG3009", "Unknown member", "{0} has no member `{1}`, so it reads as empty{2}", DiagnosticSeverity.Warning);
}
