using System.Globalization;
using System.Text.RegularExpressions;
using BriefGen.Diagnostics;
using BriefGen.Reading.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Site;

/// <summary>
/// Reads <c>briefgen.yml</c> with YamlDotNet's representation model, so every key and value keeps its line and
/// column: unknown keys are warnings (BG5001), values of the wrong type errors (BG5002), and the file is never
/// bound by reflection.
/// </summary>
internal static class SiteConfigLoader
{
    private delegate SiteConfig Setter(SiteConfig config, YamlNode value, Func<string, string, SiteConfig> wrongType);

    /// <summary>A path from the site's root that stays inside it: no scheme, no leading '/', no '.' or '..' segment.</summary>
    private static readonly Regex SitePathPattern = new("^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A language tag's shape (BCP 47, loosely): it names the strings file, <c>_strings/{tag}.yml</c>, so nothing else may pass.</summary>
    private static readonly Regex LanguageTagPattern = new("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Dictionary<string, Setter> Setters = new(StringComparer.Ordinal)
    {
        ["title"] = (c, v, bad) => Str(v) is { } s ? c with { Title = s } : bad("title", "a string"),
        ["description"] = (c, v, bad) => Str(v) is { } s ? c with { Description = s } : bad("description", "a string"),
        ["baseUrl"] = (c, v, bad) => Str(v) is { } s ? c with { BaseUrl = s } : bad("baseUrl", "a URL string"),
        ["language"] = (c, v, bad) => Str(v) is { } s && LanguageTagPattern.IsMatch(s) ? c with { Language = s } : bad("language", "a language tag such as 'en', 'fr' or 'pt-BR' (letters, then '-' and letters or digits)"),
        ["strings"] = (c, v, bad) => StringOverride.Parse(v) is { } l ? c with { Strings = l } : bad("strings", StringOverride.Expected),
        ["publisher"] = (c, v, bad) => Str(v) is { } s ? c with { Publisher = s } : bad("publisher", "a string"),
        ["favicon"] = (c, v, bad) => Str(v) is { } s && SitePathPattern.IsMatch(s) ? c with { Favicon = s } : bad("favicon", "the path of a file of the site, such as 'favicon.svg' (letters, digits, '.', '-', '_' and '/', no segment starting with '.')"),
        ["pageSize"] = (c, v, bad) => Int(v) is { } n ? c with { PageSize = (int)n } : bad("pageSize", "a whole number"),
        ["feedSize"] = (c, v, bad) => Int(v) is { } n ? c with { FeedSize = (int)n } : bad("feedSize", "a whole number"),
        ["permalink"] = (c, v, bad) => Str(v) is { } s ? c with { Permalink = s } : bad("permalink", "a string such as 'briefs/{slug}/'"),
        ["templates"] = (c, v, bad) => Str(v) is { } s ? c with { Templates = s } : bad("templates", "a folder path"),
        ["theme"] = (c, v, bad) => (Str(v) is { } one ? [one] : Strings(v)) is { } l && l.All(SitePathPattern.IsMatch) ? c with { Themes = l } : bad("theme", "the path of a folder of the site, such as 'themes/ink', or a list of them"),
        ["output"] = (c, v, bad) => Str(v) is { } s ? c with { Output = s } : bad("output", "a folder path"),
        ["showRelated"] = (c, v, bad) => Bool(v) is { } b ? c with { ShowRelated = b } : bad("showRelated", "true or false"),
        ["allowRawHtml"] = (c, v, bad) => Bool(v) is { } b ? c with { AllowRawHtml = b } : bad("allowRawHtml", "true or false"),
        ["taxonomies"] = (c, v, bad) => Strings(v) is { } l && l.All(SiteConfig.TaxonomyKeys.Contains) ? c with { Taxonomies = l } : bad("taxonomies", "a list of topics, authors, programs and kinds"),
        ["menu"] = (c, v, bad) => MenuEntry.Parse(v, out var problem) is { } m ? c with { Menu = m } : bad("menu", MenuEntry.Expected + problem),
        ["footerMenu"] = (c, v, bad) => MenuEntry.Parse(v, out var problem) is { } m ? c with { FooterMenu = m } : bad("footerMenu", MenuEntry.Expected + problem),
        ["briefJson"] = (c, v, bad) => Bool(v) is { } b ? c with { BriefJson = b } : bad("briefJson", "true or false"),
        ["search"] = (c, v, bad) => Bool(v) is { } b ? c with { Search = b } : bad("search", "true or false"),
        ["strict"] = (c, v, bad) => Bool(v) is { } b ? c with { Strict = b } : bad("strict", "true or false"),
        ["chromeLines"] = (c, v, bad) => Strings(v) is { } l ? c with { ChromeLines = l } : bad("chromeLines", "a list of strings"),
        ["maxSeedBytes"] = (c, v, bad) => Int(v) is { } n ? c with { MaxSeedBytes = n } : bad("maxSeedBytes", "a whole number of bytes"),
    };

    /// <summary>The known keys, in documentation order.</summary>
    public static IReadOnlyCollection<string> Keys { get; } = [.. Setters.Keys, SiteConfigMarkdown.Key];

    /// <summary>Parses YAML text; <paramref name="path"/> is the display path used in diagnostics.</summary>
    public static SiteConfig Parse(string yaml, string path, DiagnosticBag diagnostics) => Load(yaml, path, diagnostics).Config;

    /// <summary>
    /// Parses YAML text into the settings and where each setting's value stands, so a problem found later with a
    /// value (<see cref="SiteConfigResolver"/>) is reported at it.
    /// </summary>
    internal static (SiteConfig Config, SettingPositions Positions) Load(string yaml, string path, DiagnosticBag diagnostics)
    {
        var config = new SiteConfig();
        var positions = new SettingPositions();
        if (!YamlErrors.TryLoad(yaml, path, Descriptors.ConfigSyntax, diagnostics, out var node) || node is null)
        {
            return (config, positions);
        }

        if (node is not YamlMappingNode root)
        {
            diagnostics.Report(Descriptors.ConfigWrongType, path, (int)node.Start.Line, (int)node.Start.Column, "(the file)", "a mapping of settings");
            return (config, positions);
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key == SiteConfigMarkdown.Key)
            {
                positions.Add(key, value.Start);
                config = SiteConfigMarkdown.Apply(config, value, path, diagnostics); // a mapping: its entries are reported where they stand
                continue;
            }

            if (!Setters.TryGetValue(key, out var setter))
            {
                diagnostics.Report(Descriptors.UnknownConfigKey, path, (int)keyNode.Start.Line, (int)keyNode.Start.Column, key, Suggestions.DidYouMean(key, Keys));
                continue;
            }

            positions.Add(key, value.Start);
            for (var i = 0; value is YamlSequenceNode list && i < list.Children.Count; i++)
            {
                positions.Add($"{key}[{i}]", list.Children[i].Start);
            }

            config = setter(config, value, (name, expected) =>
            {
                diagnostics.Report(Descriptors.ConfigWrongType, path, (int)value.Start.Line, (int)value.Start.Column, name, expected);
                return config;
            });
        }

        return (config, positions);
    }

    private static string? Str(YamlNode node)
        => node is YamlScalarNode { Value: { } v } s && (s.Style != ScalarStyle.Plain || !IsNonString(v)) ? v : null;

    private static bool IsNonString(string plain)
        => plain is "true" or "false" or "null" or "~" || long.TryParse(plain, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static long? Int(YamlNode node)
        => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v } && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool? Bool(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } s ? s.Value == "true" : null;

    private static IReadOnlyList<string>? Strings(YamlNode node)
    {
        if (node is not YamlSequenceNode seq)
        {
            return null;
        }

        var list = new List<string>(seq.Children.Count);
        foreach (var item in seq.Children)
        {
            if (item is not YamlScalarNode { Value: { } v })
            {
                return null;
            }

            list.Add(v);
        }

        return list;
    }
}
