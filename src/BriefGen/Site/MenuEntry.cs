using BriefGen.Model;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Site;

/// <summary>What a menu entry of <c>briefgen.yml</c> links to.</summary>
internal enum MenuTarget
{
    /// <summary>A standalone page, by its path under <c>pages/</c> without the extension.</summary>
    Page,

    /// <summary>A taxonomy's index, by its key (<c>topics</c>).</summary>
    Taxonomy,

    /// <summary>A URL: <c>/…</c> under the site's root, or an absolute http, https or mailto URL.</summary>
    Url,
}

/// <summary>
/// One entry of the <c>menu</c> or <c>footerMenu</c> setting, as written: <c>{ title: About, page: about }</c>,
/// <c>{ title: Topics, taxonomy: topics }</c> or <c>{ title: Briefs, url: / }</c>. Its line and column in
/// <c>briefgen.yml</c> locate a problem found when the site is assembled (an unknown page or taxonomy).
/// </summary>
/// <param name="Title">The link's text.</param>
/// <param name="Target">What it links to.</param>
/// <param name="Value">The page path, taxonomy key or URL.</param>
/// <param name="Line">Its 1-based line in <c>briefgen.yml</c>.</param>
/// <param name="Column">Its 1-based column.</param>
internal sealed record MenuEntry(string Title, MenuTarget Target, string Value, int Line, int Column)
{
    /// <summary>What a menu setting must be, as a wrong-type message says it.</summary>
    public const string Expected = "a list of entries, each a title and one of page (a path under pages/), taxonomy (topics, authors, programs or kinds) or url (/… or an http, https or mailto URL)";

    /// <summary>The entries of a menu setting; null with the first problem when it is not such a list.</summary>
    public static IReadOnlyList<MenuEntry>? Parse(YamlNode node, out string problem)
    {
        problem = "";
        if (node is not YamlSequenceNode list)
        {
            return null;
        }

        var entries = new List<MenuEntry>(list.Children.Count);
        foreach (var item in list.Children)
        {
            if (Entry(item, out var entryProblem) is not { } entry)
            {
                problem = $" (line {item.Start.Line}: {entryProblem})";
                return null;
            }

            entries.Add(entry);
        }

        return entries;
    }

    private static MenuEntry? Entry(YamlNode item, out string problem)
    {
        problem = "not a mapping";
        if (item is not YamlMappingNode mapping)
        {
            return null;
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, part) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: "title" or "page" or "taxonomy" or "url" } name || part is not YamlScalarNode { Value: { Length: > 0 } text })
            {
                problem = $"'{(key as YamlScalarNode)?.Value}' is not title, page, taxonomy or url with a text value";
                return null;
            }

            parts[name.Value] = text;
        }

        var targets = parts.Where(p => p.Key != "title").ToList();
        if (!parts.TryGetValue("title", out var title) || targets.Count != 1)
        {
            problem = "an entry needs a title and exactly one of page, taxonomy or url";
            return null;
        }

        var (kind, target) = targets[0];
        var menuTarget = kind switch { "page" => MenuTarget.Page, "taxonomy" => MenuTarget.Taxonomy, _ => MenuTarget.Url };
        if (menuTarget == MenuTarget.Url && !IsMenuUrl(target))
        {
            problem = $"the url '{target}' is neither /… nor an http, https or mailto URL";
            return null;
        }

        var value = menuTarget == MenuTarget.Page ? target.Trim('/') : target;
        return new MenuEntry(title, menuTarget, value, (int)item.Start.Line, (int)item.Start.Column);
    }

    /// <summary>A URL a menu may hold: <c>/…</c> (not <c>//host</c>), or absolute with a scheme the link-safety rule allows.</summary>
    private static bool IsMenuUrl(string url)
        => url.StartsWith('/') ? !url.StartsWith("//", StringComparison.Ordinal) : url.Contains(':') && UrlSafety.IsSafe(url);
}
