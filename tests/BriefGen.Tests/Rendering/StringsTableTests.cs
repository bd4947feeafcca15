using BriefGen.Diagnostics;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Tests.Rendering;

/// <summary>
/// The strings tables shipped with the templates (<c>templates/_strings/</c>): each is whole (every key of the English
/// table, no other) and loads without a word, so a key added to <c>en.yml</c> must be translated in every shipped table.
/// </summary>
public sealed class StringsTableTests
{
    public static TheoryData<string> ShippedLanguages() => [.. Shipped()];

    [Theory]
    [MemberData(nameof(ShippedLanguages))]
    public void ShippedTable_HasEveryKeyOfTheEnglishTable_AndNoOther(string language)
    {
        var english = Keys("en");
        var table = Keys(language);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), table.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Where(e => e.Value.Count > 0), e => Assert.Contains("other", table[e.Key]));
    }

    [Theory]
    [MemberData(nameof(ShippedLanguages))]
    public void ShippedTable_LoadsWithoutAWord(string language)
    {
        var diagnostics = new DiagnosticBag();

        var strings = StringsTables.Load(new TemplateLoader((string?)null), new SiteConfig { Language = language }, (null, new SettingPositions()), diagnostics);

        Assert.Empty(diagnostics.ToImmutable());
        Assert.Equal(StringsTables.English.Keys, strings.Keys);
    }

    [Fact]
    public void ShippedLanguages_AreEnglishFrenchSpanishGermanAndArabic()
        => Assert.Equal(["ar", "de", "en", "es", "fr"], Shipped().Order(StringComparer.Ordinal));

    private static IEnumerable<string> Shipped()
        => SiteTemplates.BuiltInNames.Where(n => n.StartsWith("_strings/", StringComparison.Ordinal)).Select(n => Path.GetFileNameWithoutExtension(n));

    /// <summary>The keys of a built-in table, each with its plural forms (none for a plain text).</summary>
    private static Dictionary<string, List<string>> Keys(string language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(System.Text.Encoding.UTF8.GetString(SiteTemplates.ReadBuiltIn($"_strings/{language}.yml"))));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children.ToDictionary(
            e => ((YamlScalarNode)e.Key).Value!,
            e => e.Value is YamlMappingNode forms ? forms.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList() : []);
    }
}
