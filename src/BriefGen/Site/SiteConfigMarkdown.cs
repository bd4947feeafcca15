using BriefGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Site;

/// <summary>
/// Reads the <c>markdown</c> setting of <c>briefgen.yml</c>, a mapping whose only key is <c>extensions</c>: the list
/// of <see cref="MarkdownExtension"/> names (<c>[tables, footnotes, strikethrough, tasklists, autolinks]</c>) that
/// Markdown bodies may use. An unknown name is a warning at its own line (BG5010) and is left out.
/// </summary>
internal static class SiteConfigMarkdown
{
    /// <summary>The setting's key.</summary>
    public const string Key = "markdown";

    private const string ExtensionsKey = "extensions";

    private static readonly Dictionary<string, MarkdownExtension> ByName
        = Enum.GetValues<MarkdownExtension>().ToDictionary(e => e.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Every extension's name, as the config writes it.</summary>
    public static string Names => string.Join(", ", ByName.Keys);

    /// <summary>Applies the setting's <paramref name="value"/> to <paramref name="config"/>; problems go to <paramref name="diagnostics"/>, at their place in <paramref name="path"/>.</summary>
    public static SiteConfig Apply(SiteConfig config, YamlNode value, string path, DiagnosticBag diagnostics)
    {
        if (value is not YamlMappingNode mapping)
        {
            diagnostics.Report(Descriptors.ConfigWrongType, path, (int)value.Start.Line, (int)value.Start.Column, Key, $"a mapping such as '{{ {ExtensionsKey}: [tables, footnotes] }}'");
            return config;
        }

        foreach (var (keyNode, child) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key != ExtensionsKey)
            {
                diagnostics.Report(Descriptors.UnknownConfigKey, path, (int)keyNode.Start.Line, (int)keyNode.Start.Column, $"{Key}.{key}", Suggestions.DidYouMean(key, [ExtensionsKey]));
            }
            else if (Extensions(child, path, diagnostics) is { } extensions)
            {
                config = config with { MarkdownExtensions = extensions };
            }
            else
            {
                diagnostics.Report(Descriptors.ConfigWrongType, path, (int)child.Start.Line, (int)child.Start.Column, $"{Key}.{ExtensionsKey}", $"a list of extension names ({Names})");
            }
        }

        return config;
    }

    /// <summary>The known extensions the list names, each once, in its order; null when it is not a list of names.</summary>
    private static List<MarkdownExtension>? Extensions(YamlNode node, string path, DiagnosticBag diagnostics)
    {
        if (node is not YamlSequenceNode list || list.Children.Any(item => item is not YamlScalarNode { Value: not null }))
        {
            return null;
        }

        var extensions = new List<MarkdownExtension>();
        foreach (var item in list.Children.Cast<YamlScalarNode>())
        {
            if (!ByName.TryGetValue(item.Value!, out var extension))
            {
                diagnostics.Report(Descriptors.UnknownMarkdownExtension, path, (int)item.Start.Line, (int)item.Start.Column, item.Value!, Names, Suggestions.DidYouMean(item.Value!, ByName.Keys));
            }
            else if (!extensions.Contains(extension))
            {
                extensions.Add(extension);
            }
        }

        return extensions;
    }
}
