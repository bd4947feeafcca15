using System.Text.RegularExpressions;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading.FrontMatter;
using BriefGen.Reading.Markdown;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.Pages;

/// <summary>
/// Reads the standalone pages of a site: every <c>*.md</c> under <c>pages/</c>, in path order, each with YAML front
/// matter (<c>title</c>, and optionally <c>description</c>, <c>permalink</c>, <c>menu</c>, <c>weight</c>, <c>draft</c>)
/// and a Markdown body. <c>pages/x/index.md</c> is the page <c>x</c>; <c>pages/index.md</c> is refused (BG1401).
/// </summary>
internal static class PageReader
{
    /// <summary>A site path: names of letters, digits, '-' and '_', separated by '/'.</summary>
    private static readonly Regex SitePath = new("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly string[] Keys = ["title", "description", "permalink", "menu", "weight", "draft"];

    /// <summary>The pages under <paramref name="pagesDir"/> (none when it does not exist); paths are shown from <paramref name="siteDir"/>.</summary>
    public static IReadOnlyList<StandalonePage> ReadAll(string pagesDir, string siteDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(pagesDir))
        {
            return [];
        }

        var pages = new List<StandalonePage>();
        foreach (var file in Directory.EnumerateFiles(pagesDir, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var display = Path.GetRelativePath(siteDir, file).Replace('\\', '/');
            var key = Path.ChangeExtension(Path.GetRelativePath(pagesDir, file), null).Replace('\\', '/');
            // Decoded as seeds are: invalid UTF-8, a binary file or an empty one is reported, not guessed at.
            if (SeedDecoder.Decode(display, File.ReadAllBytes(file), diagnostics) is { } source && Read(key, display, source.Text, diagnostics) is { } page)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    /// <summary>One page from its text; null after reporting why it cannot be published.</summary>
    public static StandalonePage? Read(string path, string sourcePath, string text, DiagnosticBag diagnostics)
    {
        var key = path == "index" ? "" : path.EndsWith("/index", StringComparison.Ordinal) ? path[..^"/index".Length] : path;
        if (key.Length == 0)
        {
            diagnostics.Report(Descriptors.PageIsHome, sourcePath, 1, 1, sourcePath);
            return null;
        }

        if (!SitePath.IsMatch(key))
        {
            diagnostics.Report(Descriptors.PagePathInvalid, sourcePath, 1, 1, key);
            return null;
        }

        var lf = LineEnds.ToLf(text.TrimStart('\uFEFF'));
        var split = FrontMatterSplit.Of(lf);
        if (!split.Opened || !split.Closed)
        {
            diagnostics.Report(split.Opened ? Descriptors.FrontMatterUnterminated : Descriptors.NoTitle, sourcePath, 1, 1, "a page starts with YAML front matter between '---' lines that gives its title");
            return null;
        }

        var context = new YamlContext(sourcePath, lineOffset: 1, YamlFieldCodes.FrontMatter, diagnostics);
        if (!YamlMappingLoader.TryLoad(split.Yaml, context, out var mapping) || mapping is null)
        {
            return null;
        }

        var page = new StandalonePage { Key = key, SourcePath = sourcePath, Title = "", Body = lf[split.BodyStart..] };
        foreach (var (keyNode, value) in mapping.Children)
        {
            page = Field(page, (keyNode as YamlScalarNode)?.Value ?? "", keyNode, value, context);
        }

        if (TextNormalizer.NormalizeOrNull(page.Title) is not { Length: > 0 } title)
        {
            diagnostics.Report(Descriptors.NoTitle, sourcePath, 1, 1, "the front matter gives no title");
            return null;
        }

        return page with { Title = title };
    }

    private static StandalonePage Field(StandalonePage page, string name, YamlNode keyNode, YamlNode value, YamlContext context)
    {
        switch (name)
        {
            case "title":
                return YamlNodes.TryText(value, name, context, out var title) ? page with { Title = title ?? "" } : page;
            case "description":
                return YamlNodes.TryText(value, name, context, out var description) ? page with { Description = TextNormalizer.NormalizeOrNull(description) } : page;
            case "permalink":
                return Permalink(page, value, context);
            case "menu" when value is YamlScalarNode { Value: "main" or "footer" } menu:
                return page with { Menu = menu.Value == "main" ? PageMenu.Main : PageMenu.Footer };
            case "weight" when value is YamlScalarNode s && int.TryParse(s.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var weight):
                return page with { Weight = weight };
            case "draft" when value is YamlScalarNode { Value: "true" or "false" } draft:
                return page with { Draft = draft.Value == "true" };
            case "menu" or "weight" or "draft":
                context.WrongType(name, name switch { "menu" => "main or footer", "weight" => "a whole number", _ => "true or false" }, value);
                return page;
            default:
                context.UnknownKey(name, keyNode, Suggestions.DidYouMean(name, Keys));
                return page;
        }
    }

    private static StandalonePage Permalink(StandalonePage page, YamlNode value, YamlContext context)
    {
        if (!YamlNodes.TryText(value, "permalink", context, out var text) || text is null)
        {
            return page;
        }

        var trimmed = text.Trim('/');
        if (!SitePath.IsMatch(trimmed))
        {
            context.Report(Descriptors.PagePathInvalid, value.Start, text);
            return page;
        }

        return page with { Permalink = trimmed };
    }
}
