using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Reading.FrontMatter;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Rendering.Language;

/// <summary>
/// Makes a site's <see cref="SiteStrings"/> from the strings tables, <c>_strings/{language}.yml</c>, found through the
/// template lookup (the site's templates, its themes, the built-in defaults), and <c>strings:</c> of
/// <c>briefgen.yml</c>. Each key is taken from the first of: <c>strings:</c>; the table of the exact language
/// (<c>pt-BR</c>), then of the language it belongs to (<c>pt</c>), then English. For each language the table the lookup
/// finds comes first and the built-in one fills in what it leaves out, so a site's table need only hold what it changes.
/// The keys are those of the English tables: a key no English table has is reported where it stands and not used.
/// </summary>
internal static class StringsTables
{
    private const string Folder = "_strings/";

    /// <summary>The built-in English table alone: the words of a render made outside a build (tests, benchmarks).</summary>
    public static SiteStrings English { get; } = BuiltInEnglish();

    /// <summary>The strings of <paramref name="config"/>'s language; problems are reported at the table or at <c>briefgen.yml</c> (<paramref name="where"/>).</summary>
    public static SiteStrings Load(TemplateLoader templates, SiteConfig config, (string? File, SettingPositions Positions) where, DiagnosticBag diagnostics)
    {
        var language = new LanguageTag(config.Language);
        var english = TablesOf(templates, LanguageTag.English, diagnostics);
        var keys = english.SelectMany(t => t.Entries.Keys).ToHashSet(StringComparer.Ordinal);
        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        foreach (var table in english)
        {
            Lay(table, phrases, keys, diagnostics);
        }

        var found = language.Primary == LanguageTag.English;
        foreach (var tag in language.Lookup().Reverse().Where(t => t != LanguageTag.English))
        {
            foreach (var table in TablesOf(templates, tag, diagnostics))
            {
                found = true;
                Lay(table, phrases, keys, diagnostics);
            }
        }

        if (!found)
        {
            var (line, column) = where.Positions.Of("language");
            diagnostics.Report(Descriptors.NoStringsTable, where.File, line, column, language.Name);
        }

        LayOverrides(config.Strings, phrases, keys, where.File, diagnostics);
        return new SiteStrings(language, phrases);
    }

    /// <summary>One table: the file as diagnostics name it, whether it is built in, and each key's phrase with its line and column.</summary>
    private sealed record Table(string Path, bool BuiltIn, IReadOnlyDictionary<string, (Phrase Phrase, int Line, int Column)> Entries);

    private static SiteStrings BuiltInEnglish()
    {
        var table = Parse(TemplateLoader.BuiltinPrefix + Folder + "en.yml", TemplateLoader.ReadBuiltIn(Folder + "en.yml"), new DiagnosticBag())!;
        return new SiteStrings(new LanguageTag(LanguageTag.English), table.Entries.ToDictionary(e => e.Key, e => e.Value.Phrase, StringComparer.Ordinal));
    }

    /// <summary>The tables of one language tag, the one to lay first (the built-in one, which the lookup's own covers) first.</summary>
    private static List<Table> TablesOf(TemplateLoader templates, string tag, DiagnosticBag diagnostics)
    {
        var name = Folder + tag + ".yml";
        var tables = new List<Table>(2);
        if (TemplateLoader.IsBuiltIn(name) && Parse(TemplateLoader.BuiltinPrefix + name, TemplateLoader.ReadBuiltIn(name), diagnostics) is { } builtIn)
        {
            tables.Add(builtIn);
        }

        try
        {
            if (templates.Resolve(name) is { } path && !path.StartsWith(TemplateLoader.BuiltinPrefix, StringComparison.Ordinal)
                && Parse(path, templates.ReadBytes(path), diagnostics) is { } own)
            {
                tables.Add(own);
            }
        }
        catch (IncludeRejectedException refused)
        {
            diagnostics.Report(Descriptors.StringsTableInvalid, name, 0, 0, refused.Reason);
        }

        return tables;
    }

    private static void Lay(Table table, Dictionary<string, Phrase> phrases, HashSet<string> keys, DiagnosticBag diagnostics)
    {
        foreach (var (key, (phrase, line, column)) in table.Entries)
        {
            if (keys.Contains(key))
            {
                phrases[key] = phrase;
            }
            else if (!table.BuiltIn)
            {
                diagnostics.Report(Descriptors.UnknownStringKey, table.Path, line, column, key, Suggestions.DidYouMean(key, keys));
            }
        }
    }

    /// <summary>Lays <c>strings:</c> over the tables: a key's texts (one, or its plural forms) replace the key's phrase whole.</summary>
    private static void LayOverrides(IReadOnlyList<StringOverride> overrides, Dictionary<string, Phrase> phrases, HashSet<string> keys, string? file, DiagnosticBag diagnostics)
    {
        foreach (var group in overrides.GroupBy(o => o.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            if (!keys.Contains(group.Key))
            {
                diagnostics.Report(Descriptors.UnknownStringKey, file, first.Line, first.Column, group.Key, Suggestions.DidYouMean(group.Key, keys));
                continue;
            }

            var phrase = first.Form is null ? Phrase.Of(group.Last().Text) : Phrase.Plural(group.ToDictionary(o => o.Form ?? "other", o => o.Text, StringComparer.Ordinal));
            if (phrase is null)
            {
                diagnostics.Report(Descriptors.ConfigWrongType, file, first.Line, first.Column, "strings." + group.Key, PluralForms);
                continue;
            }

            phrases[group.Key] = phrase;
        }
    }

    private const string PluralForms = "a text, or plural forms among zero, one, two, few, many and other, with other always given";

    /// <summary>A table's entries; null after reporting a file that is not YAML, or not a mapping of keys to texts or plural forms.</summary>
    private static Table? Parse(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (!YamlErrors.TryLoad(Encoding.UTF8.GetString(bytes), path, Descriptors.StringsTableInvalid, diagnostics, out var root))
        {
            return null;
        }

        var entries = new Dictionary<string, (Phrase, int, int)>(StringComparer.Ordinal);
        if (root is null)
        {
            return new Table(path, path.StartsWith(TemplateLoader.BuiltinPrefix, StringComparison.Ordinal), entries);
        }

        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Report(Descriptors.StringsTableInvalid, path, (int)root.Start.Line, (int)root.Start.Column, "it must be a mapping of keys to texts");
            return null;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (PhraseOf(value) is not { } phrase)
            {
                diagnostics.Report(Descriptors.StringsTableInvalid, path, (int)value.Start.Line, (int)value.Start.Column, $"'{key}' must be {PluralForms}");
                return null;
            }

            entries[key] = (phrase, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
        }

        return new Table(path, path.StartsWith(TemplateLoader.BuiltinPrefix, StringComparison.Ordinal), entries);
    }

    private static Phrase? PhraseOf(YamlNode value) => value switch
    {
        YamlScalarNode { Value: { } text } => Phrase.Of(text),
        YamlMappingNode forms when forms.Children.All(f => f.Key is YamlScalarNode { Value: not null } && f.Value is YamlScalarNode { Value: not null })
            => Phrase.Plural(forms.Children.ToDictionary(f => ((YamlScalarNode)f.Key).Value!, f => ((YamlScalarNode)f.Value).Value!, StringComparer.Ordinal)),
        _ => null,
    };
}
