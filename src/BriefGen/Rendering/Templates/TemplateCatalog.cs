using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// Parses each template once per build and shares the parsed tree across threads (Scriban evaluates a parsed
/// <see cref="Template"/> without changing it, so one tree serves every page). Captures are rewritten at parse
/// time (<see cref="CaptureRewriter"/>); a block without <c>end</c> is reported where it opens (<see cref="UnclosedBlocks"/>).
/// </summary>
internal sealed class TemplateCatalog
{
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);

    /// <summary>Creates a catalog reading through <paramref name="loader"/>.</summary>
    public TemplateCatalog(TemplateLoader loader) => Loader = loader;

    /// <summary>The loader used for pages, includes and assets.</summary>
    public TemplateLoader Loader { get; }

    /// <summary>The parsed template at a display path (as returned by <see cref="TemplateLoader.Resolve"/>); check <see cref="Template.HasErrors"/>.</summary>
    public Template Get(string displayPath)
        => _parsed.GetOrAdd(displayPath, p => new Lazy<Template>(() => Parse(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private Template Parse(string displayPath)
    {
        var text = Loader.Load(null!, default, displayPath);
        var template = Template.Parse(text, displayPath, new ParserOptions { ExpressionDepthLimit = 128 });
        if (template.HasErrors)
        {
            UnclosedBlocks.Relocate(template, text);
        }
        else if (template.Page is not null)
        {
            CaptureRewriter.Apply(template.Page);
        }

        return template;
    }
}
