using System.Text.RegularExpressions;
using BriefGen.Diagnostics;
using BriefGen.Output;
using BriefGen.Rendering.Templates;

namespace BriefGen;

/// <summary>
/// The template lookup of a site, outside a build: where every name resolves (site, theme or built-in) and the
/// built-in templates themselves, for <c>briefgen templates list</c> and <c>briefgen templates export</c>.
/// </summary>
public static partial class SiteTemplates
{
    /// <summary>The names of the built-in templates, partials and assets, in ordinal order.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = [.. TemplateLoader.BuiltInNames];

    /// <summary>
    /// Every template name the site's lookup knows (its own templates, its themes' and the built-in ones) and where each
    /// resolves, in name order; with the errors that stop the lookup (a theme folder that does not exist…).
    /// </summary>
    public static TemplateListing List(SiteBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var siteDir = Path.GetFullPath(options.SiteDir);
        var bag = new DiagnosticBag();
        var config = SiteConfigResolver.Resolve(options, siteDir, bag);
        var folder = SiteConfigResolver.TemplatesFolder(options, siteDir, config);
        var loader = LoaderFor(new SiteInputs
        {
            SiteDir = siteDir, SeedsDir = Path.Combine(siteDir, "seeds"), PagesDir = Path.Combine(siteDir, "pages"), TemplatesDir = folder,
            StaticDir = Path.Combine(siteDir, "static"), Themes = SiteConfigResolver.ThemeFolders(options, siteDir, config),
        });
        var sources = new List<TemplateSource>();
        foreach (var name in loader.List(""))
        {
            try
            {
                sources.Add(loader.Source(name)!);
            }
            catch (IncludeRejectedException rejected)
            {
                bag.Report(Descriptors.IncludeOutsideRoot, SiteConfigResolver.Display(siteDir, Path.Combine(folder, name)), 0, 0, name, rejected.Reason);
            }
        }

        return new TemplateListing(folder, [.. sources], [.. bag.ToSortedImmutable().Where(d => d.IsError)]);
    }

    /// <summary>The bytes of a built-in template, partial or asset; throws when <paramref name="name"/> is not one of <see cref="BuiltInNames"/>.</summary>
    public static byte[] ReadBuiltIn(string name)
        => TemplateLoader.IsBuiltIn(name) ? TemplateLoader.ReadBuiltIn(name) : throw new ArgumentException($"'{name}' is not a built-in template", nameof(name));

    /// <summary>
    /// <paramref name="names"/> (built-in names) and every built-in partial they include, directly or through another
    /// partial, in ordinal order: what a customisation starting from those templates needs.
    /// </summary>
    public static IReadOnlyList<string> WithIncludes(IEnumerable<string> names)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(names);
        while (pending.TryDequeue(out var name))
        {
            if (!found.Add(name) || !name.Contains(".sbn-", StringComparison.Ordinal))
            {
                continue;
            }

            var text = System.Text.Encoding.UTF8.GetString(ReadBuiltIn(name));
            foreach (Match include in IncludedName().Matches(text))
            {
                if (TemplateLoader.IsBuiltIn(include.Groups["name"].Value))
                {
                    pending.Enqueue(include.Groups["name"].Value);
                }
            }
        }

        return [.. found];
    }

    /// <summary>The loader of one build: the site's templates, then its themes in order, then the built-in defaults.</summary>
    internal static TemplateLoader LoaderFor(SiteInputs inputs)
        => new([
            new TemplateRoot(inputs.TemplatesDir, SiteConfigResolver.Display(inputs.SiteDir, inputs.TemplatesDir), TemplateOrigin.Site),
            .. inputs.Themes.Select(t => new TemplateRoot(t, SiteConfigResolver.Display(inputs.SiteDir, t), TemplateOrigin.Theme)),
        ]);

    /// <summary>A literal name given to <c>include</c> or <c>include_cached</c>.</summary>
    [GeneratedRegex("""\binclude(?:_cached)?\s+(?<q>['"])(?<name>[^'"]+)\k<q>""")]
    private static partial Regex IncludedName();
}
