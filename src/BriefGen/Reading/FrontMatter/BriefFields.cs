using BriefGen.Diagnostics;
using BriefGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// The one mapping from YAML fields to the content model, shared by Markdown front matter and sidecar overrides:
/// the JSON field names plus the aliases <c>date</c> → <c>published</c> and <c>tags</c> → <c>topics</c>. Parsing
/// gives a <see cref="BriefPatch"/>; <see cref="Apply"/> lays it over a brief.
/// </summary>
internal static class BriefFields
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["date"] = "published",
        ["tags"] = "topics",
    };

    /// <summary>Every key a field source may use: the content model's field names, then the aliases.</summary>
    private static readonly string[] KnownKeys =
        ["title", "slug", "kind", "kindDescription", "program", "summary", "published", "disclaimer", "authors", "image", "topics", "sections", "license", "related", "draft", "embargo", "expires", .. Aliases.Keys];

    /// <summary>Reads every known field of <paramref name="mapping"/>; unknown keys and wrong types are reported.</summary>
    public static BriefPatch Parse(YamlMappingNode? mapping, YamlContext context)
    {
        var patch = new BriefPatch();
        if (mapping is null)
        {
            return patch;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                context.UnknownKey(YamlNodes.Describe(keyNode), keyNode, hint: string.Empty);
                continue;
            }

            var field = Aliases.GetValueOrDefault(key, key);
            if (seen.TryGetValue(field, out var earlier))
            {
                context.Report(context.Codes.DuplicateField, keyNode.Start, earlier, key);
            }

            seen[field] = key;
            var line = context.LineOf(keyNode.Start);
            if (!ParseField(patch, key, value, line, context))
            {
                context.UnknownKey(key, keyNode, Suggestions.DidYouMean(key, KnownKeys));
            }
        }

        return patch;
    }

    /// <summary>
    /// The brief with every given field replaced. Title and slug are the caller's (their rules differ between a
    /// reader and an override); section paragraphs are cleaned for the brief's format.
    /// </summary>
    public static Brief Apply(Brief brief, BriefPatch patch) => brief with
    {
        Kind = patch.Kind is { } kind ? kind.Value : brief.Kind,
        KindDescription = patch.KindDescription is { } kindDescription ? kindDescription.Value : brief.KindDescription,
        Program = patch.Program is { } program ? program.Value : brief.Program,
        Summary = patch.Summary is { } summary ? summary.Value : brief.Summary,
        Published = patch.Published is { } published ? published.Value : brief.Published,
        Authors = patch.Authors is { } authors ? authors.Value : brief.Authors,
        Image = patch.Image is { } image ? image.Value : brief.Image,
        Topics = patch.Topics is { } topics ? topics.Value : brief.Topics,
        Sections = patch.Sections is { } sections ? Materialise(sections.Value, brief.Format) : brief.Sections,
        Disclaimer = patch.Disclaimer is { } disclaimer ? disclaimer.Value : brief.Disclaimer,
        License = patch.License is { } license ? license.Value : brief.License,
        Related = patch.Related is { } related ? related.Value : brief.Related,
        Draft = patch.Draft is { } draft ? draft.Value : brief.Draft,
        Embargo = patch.Embargo is { } embargo ? embargo.Value : brief.Embargo,
        Expires = patch.Expires is { } expires ? expires.Value : brief.Expires,
    };

    /// <summary>True when the field name (<paramref name="key"/> or an alias of it) is known, whether or not its value was usable.</summary>
    private static bool ParseField(BriefPatch patch, string key, YamlNode value, int line, YamlContext context)
    {
        switch (Aliases.GetValueOrDefault(key, key))
        {
            case "title":
                patch.Title = Text(value, key, line, context) ?? patch.Title;
                return true;
            case "slug":
                patch.Slug = Text(value, key, line, context) ?? patch.Slug;
                return true;
            case "kind":
                patch.Kind = Text(value, key, line, context) ?? patch.Kind;
                return true;
            case "kindDescription":
                patch.KindDescription = Text(value, key, line, context) ?? patch.KindDescription;
                return true;
            case "program":
                patch.Program = Text(value, key, line, context) ?? patch.Program;
                return true;
            case "summary":
                patch.Summary = Text(value, key, line, context) ?? patch.Summary;
                return true;
            case "published":
                patch.Published = Date(value, key, line, context) ?? patch.Published;
                return true;
            case "disclaimer":
                patch.Disclaimer = Text(value, key, line, context) ?? patch.Disclaimer;
                return true;
            case "authors":
                patch.Authors = FieldReaders.Authors(value, key, context) is { } a ? new(a, line) : patch.Authors;
                return true;
            case "image":
                patch.Image = FieldReaders.Image(value, key, context, out var image) ? new(image, line) : patch.Image;
                return true;
            case "topics":
                patch.Topics = FieldReaders.Topics(value, key, context) is { } t ? new(t, line) : patch.Topics;
                return true;
            case "sections":
                patch.Sections = FieldReaders.Sections(value, key, context) is { } s ? new(s, line) : patch.Sections;
                return true;
            case "license":
                patch.License = FieldReaders.License(value, key, context, out var license) ? new(license, line) : patch.License;
                return true;
            case "related":
                patch.Related = FieldReaders.Related(value, key, context) is { } r ? new(r, line) : patch.Related;
                return true;
            case "draft":
                patch.Draft = YamlNodes.TryBoolean(value, key, context, out var draft) ? new(draft, line) : patch.Draft;
                return true;
            case "embargo":
                patch.Embargo = Schedule(value, key, line, context) ?? patch.Embargo;
                return true;
            case "expires":
                patch.Expires = Schedule(value, key, line, context) ?? patch.Expires;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A normalised text field, or null when its value had the wrong type (reported).</summary>
    private static PatchField<string?>? Text(YamlNode value, string key, int line, YamlContext context)
        => YamlNodes.TryText(value, key, context, out var text) ? new(TextNormalizer.NormalizeOrNull(text), line) : null;

    /// <summary>
    /// A date is copied as written (white space normalised), except that an unquoted YAML timestamp is put in
    /// canonical ISO form (<see cref="YamlTimestamp"/>); a text the site cannot date by (<see cref="BriefDate"/>) is
    /// kept, with a warning that the brief will be undated.
    /// </summary>
    private static PatchField<string?>? Date(YamlNode value, string key, int line, YamlContext context)
    {
        var field = DateText(value, key, line, context);

        if (field is { Value: { Length: > 0 } date } && BriefDate.TryParse(date) is null)
        {
            context.Report(context.Codes.DateNotIso, value.Start, YamlNodes.Shown(date));
        }

        return field;
    }

    /// <summary>
    /// An <c>embargo</c> or <c>expires</c> instant, kept as <see cref="Date"/> keeps <c>published</c>. One that is no
    /// instant (<see cref="ScheduleDate"/>) is an error, as is a time without an offset, and the brief stays held; a
    /// date alone is midnight UTC, with a warning that asks for the offset meant.
    /// </summary>
    private static PatchField<string?>? Schedule(YamlNode value, string key, int line, YamlContext context)
    {
        var field = DateText(value, key, line, context);

        if (field is { Value: { Length: > 0 } text })
        {
            if (!ScheduleDate.TryParse(text, out var date))
            {
                context.Report(context.Codes.ScheduleNotInstant, value.Start, key, YamlNodes.Shown(text));
            }
            else if (date.IsDateOnly)
            {
                context.Report(context.Codes.ScheduleDateOnly, value.Start, key, text);
            }
        }

        return field;
    }

    /// <summary>A date field's text: an unquoted YAML timestamp in its canonical ISO form (<see cref="YamlTimestamp"/>), else as written.</summary>
    private static PatchField<string?>? DateText(YamlNode value, string key, int line, YamlContext context)
        => value is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } plain } && YamlTimestamp.Canonical(plain) is { } canonical
            ? new(canonical, line)
            : Text(value, key, line, context);

    private static IReadOnlyList<Section> Materialise(IReadOnlyList<PatchSection> sections, BriefFormat format)
    {
        var result = new List<Section>(sections.Count);
        foreach (var section in sections)
        {
            // Markdown blocks keep their exact source (only line ends and blank edges change); text is normalised.
            var paragraphs = section.Paragraphs
                .Select(p => format == BriefFormat.Markdown ? LineEnds.TrimBlankEdges(p) : TextNormalizer.Normalize(p))
                .Where(p => p.Length > 0)
                .ToArray();
            result.Add(new Section(section.Heading, paragraphs));
        }

        return result;
    }
}
