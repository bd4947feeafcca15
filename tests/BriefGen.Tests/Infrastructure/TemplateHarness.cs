using System.Text;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;
using BriefGen.Rendering.Templates.Functions;
using Scriban.Runtime;

namespace BriefGen.Tests.Infrastructure;

/// <summary>A page renderer over a template folder written for the test, wired as a site build wires it.</summary>
internal static class TemplateHarness
{
    /// <summary>The renderer and its <c>include_cached</c> store, over <paramref name="templates"/> (name, text).</summary>
    public static (PageRenderer Renderer, IncludeCache Cache) RendererWith(params (string Name, string Text)[] templates)
        => RendererWith(strict: false, templates);

    /// <summary>As above, reporting unknown names as errors when <paramref name="strict"/>.</summary>
    public static (PageRenderer Renderer, IncludeCache Cache) RendererWith(bool strict, params (string Name, string Text)[] templates)
    {
        var dir = TestSite.TempDir();
        foreach (var (name, text) in templates)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, name))!);
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        var catalog = new TemplateCatalog(new TemplateLoader(dir));
        var include = new SafeIncludeFunction((IScriptCustomFunction)SharedBuiltins.Instance["include"]!, catalog);
        var cache = new IncludeCache();
        var helpers = HelperFunctions.Create(null, StringsTables.English, include, new CachedIncludeFunction(include, catalog.Loader, cache));
        return (new PageRenderer(catalog, helpers, strict), cache);
    }

    /// <summary>The page as it would be written (null when it failed), and what rendering it reported.</summary>
    public static (string? Text, RenderScope Scope) Render(PageRenderer renderer, string template, params (string Name, object? Value)[] vars)
    {
        var globals = new ScriptObject();
        foreach (var (name, value) in vars)
        {
            globals[name] = value;
        }

        var scope = new RenderScope();
        return (renderer.Render(template, globals, template, scope) is { } page ? Encoding.UTF8.GetString(page.Span) : null, scope);
    }
}
