using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Model.Licenses;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// Readers of the structured fields (authors, image, topics, sections, license, related). Each returns null (or
/// false) when the field's value has the wrong shape, after reporting it; a bad entry of a list is reported and
/// left out, the rest of the list is kept.
/// </summary>
internal static class FieldReaders
{
    /// <summary>Authors: a list of names (<c>- Jane Doe</c>) or mappings <c>{name, bio}</c>, freely mixed.</summary>
    public static IReadOnlyList<Author>? Authors(YamlNode value, string key, YamlContext context)
    {
        if (!YamlNodes.TryList(value, key, context, out var items))
        {
            return null;
        }

        var authors = new List<Author>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlMappingNode mapping)
            {
                var parts = Parts(mapping, key, ["name", "bio"], context);
                var name = PartText(parts, "name", key, context);
                if (string.IsNullOrEmpty(name))
                {
                    ReportMissing(parts, "name", key, item, context);
                    continue;
                }

                authors.Add(new Author(name, PartText(parts, "bio", key, context)));
            }
            else if (YamlNodes.TryText(item, key, context, out var text) && TextNormalizer.NormalizeOrNull(text) is { Length: > 0 } name)
            {
                authors.Add(new Author(name, null));
            }
        }

        return authors;
    }

    /// <summary>The image: a mapping <c>{caption, credit, url}</c>, or null for none.</summary>
    public static bool Image(YamlNode value, string key, YamlContext context, out Image? image)
    {
        image = null;
        if (YamlNodes.IsNull(value))
        {
            return true;
        }

        if (value is not YamlMappingNode mapping)
        {
            context.WrongType(key, "a mapping of caption, credit and url", value);
            return false;
        }

        var parts = Parts(mapping, key, ["caption", "credit", "url"], context);
        image = new Image(PartText(parts, "caption", key, context), PartText(parts, "credit", key, context), UrlPart(parts, key, context));
        return true;
    }

    /// <summary>Topics: a list of names, de-duplicated in first-seen order (after normalisation).</summary>
    public static IReadOnlyList<string>? Topics(YamlNode value, string key, YamlContext context)
    {
        if (!YamlNodes.TryList(value, key, context, out var items))
        {
            return null;
        }

        var topics = new List<string>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (YamlNodes.TryText(item, key, context, out var text)
                && TextNormalizer.NormalizeOrNull(text) is { Length: > 0 } topic
                && seen.Add(topic))
            {
                topics.Add(topic);
            }
        }

        return topics;
    }

    /// <summary>Sections: a list of <c>{heading, paragraphs: [text…]}</c>.</summary>
    public static IReadOnlyList<PatchSection>? Sections(YamlNode value, string key, YamlContext context)
    {
        if (!YamlNodes.TryList(value, key, context, out var items))
        {
            return null;
        }

        var sections = new List<PatchSection>(items.Count);
        foreach (var item in items)
        {
            if (item is not YamlMappingNode mapping)
            {
                context.WrongType(key, "a list of mappings with heading and paragraphs", item);
                continue;
            }

            var parts = Parts(mapping, key, ["heading", "paragraphs"], context);
            var heading = PartText(parts, "heading", key, context);
            var paragraphs = new List<string>();
            if (parts.TryGetValue("paragraphs", out var node) && YamlNodes.TryList(node, key + ".paragraphs", context, out var ps))
            {
                foreach (var p in ps)
                {
                    // Paragraphs stay as written here: a Markdown brief keeps them exact, a text brief normalises.
                    if (YamlNodes.TryText(p, key + ".paragraphs", context, out var text) && text is not null)
                    {
                        paragraphs.Add(text);
                    }
                }
            }

            sections.Add(new PatchSection(string.IsNullOrEmpty(heading) ? null : heading, paragraphs));
        }

        return sections;
    }

    /// <summary>
    /// The licence: a mapping of <c>id, label, name, url</c>, or null for none. A Creative Commons label alone
    /// (<c>license: CC BY 4.0</c>, or a mapping with only <c>label</c> and maybe <c>name</c>) is completed with the SPDX
    /// id, official name and deed URL, as a licence line of a page dump is.
    /// </summary>
    public static bool License(YamlNode value, string key, YamlContext context, out License? license)
    {
        license = null;
        if (YamlNodes.IsNull(value))
        {
            return true;
        }

        if (value is YamlScalarNode)
        {
            if (YamlNodes.TryText(value, key, context, out var label) && label is not null
                && CreativeCommons.TryFromLabel(label, string.Empty, out license))
            {
                return true;
            }

            context.WrongType(key, "a Creative Commons label such as 'CC BY 4.0', or a mapping of id, label, name and url", value);
            return false;
        }

        if (value is not YamlMappingNode mapping)
        {
            context.WrongType(key, "a mapping of id, label, name and url", value);
            return false;
        }

        string[] names = ["id", "label", "name", "url"];
        var parts = Parts(mapping, key, names, context);
        var texts = names.Select(n => n == "url" ? UrlPart(parts, key, context) : PartText(parts, n, key, context)).ToArray();
        var missing = Array.FindIndex(texts, string.IsNullOrEmpty);
        if (missing < 0)
        {
            license = new License(texts[0]!, texts[1]!, texts[2]!, texts[3]!);
            return true;
        }

        if (!string.IsNullOrEmpty(texts[1]) && CreativeCommons.TryFromLabel(texts[1]!, texts[2] ?? string.Empty, out var derived))
        {
            license = new License(texts[0] ?? derived!.Id, derived!.Label, derived.Name, texts[3] ?? derived.Url);
            return true;
        }

        ReportMissing(parts, names[missing], key, value, context);
        return false;
    }

    /// <summary>Related stories: a list of <c>{label, summary}</c>, both required.</summary>
    public static IReadOnlyList<RelatedStory>? Related(YamlNode value, string key, YamlContext context)
    {
        if (!YamlNodes.TryList(value, key, context, out var items))
        {
            return null;
        }

        var related = new List<RelatedStory>(items.Count);
        foreach (var item in items)
        {
            if (item is not YamlMappingNode mapping)
            {
                context.WrongType(key, "a list of mappings with label and summary", item);
                continue;
            }

            var parts = Parts(mapping, key, ["label", "summary"], context);
            var label = PartText(parts, "label", key, context);
            var summary = PartText(parts, "summary", key, context);
            if (string.IsNullOrEmpty(label) || string.IsNullOrEmpty(summary))
            {
                ReportMissing(parts, string.IsNullOrEmpty(label) ? "label" : "summary", key, item, context);
                continue;
            }

            related.Add(new RelatedStory(label, summary));
        }

        return related;
    }

    /// <summary>The known sub-keys of a mapping; unknown ones are reported as <c>field.key</c>.</summary>
    private static Dictionary<string, YamlNode> Parts(YamlMappingNode mapping, string field, string[] known, YamlContext context)
    {
        var parts = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value;
            if (name is not null && known.Contains(name, StringComparer.Ordinal))
            {
                parts[name] = value;
            }
            else
            {
                var hint = name is null ? string.Empty : Suggestions.DidYouMean(name, known);
                context.UnknownKey(field + "." + (name ?? YamlNodes.Describe(keyNode)), keyNode, hint);
            }
        }

        return parts;
    }

    /// <summary>Reports a missing part, unless it is there with the wrong type (already reported: one problem, one diagnostic).</summary>
    private static void ReportMissing(Dictionary<string, YamlNode> parts, string part, string field, YamlNode entry, YamlContext context)
    {
        if (!parts.TryGetValue(part, out var node) || node is YamlScalarNode)
        {
            context.MissingPart(field, part, entry);
        }
    }

    /// <summary>
    /// The <c>url</c> part as written: the content model keeps what the seed says, and pages print a URL that is not
    /// safe to link (<see cref="UrlSafety"/>) inert, so it is warned about here, where it stands (BG3005).
    /// </summary>
    private static string? UrlPart(Dictionary<string, YamlNode> parts, string field, YamlContext context)
    {
        var url = PartText(parts, "url", field, context);
        if (!UrlSafety.IsSafe(url))
        {
            context.Report(Descriptors.UnsafeLink, parts["url"].Start, url);
        }

        return url;
    }

    private static string? PartText(Dictionary<string, YamlNode> parts, string part, string field, YamlContext context)
        => parts.TryGetValue(part, out var node) && YamlNodes.TryText(node, field + "." + part, context, out var text)
            ? TextNormalizer.NormalizeOrNull(text)
            : null;
}
