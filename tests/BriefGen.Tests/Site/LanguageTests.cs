using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>
/// <c>language</c> and <c>strings:</c>: the default templates' words and human dates come from the strings table of
/// the site's language (<c>templates/_strings/</c>, through the template lookup), right-to-left languages get
/// <c>dir="rtl"</c>, and the feed and JSON-LD carry the language.
/// </summary>
public sealed class LanguageTests
{
    private const string Brief = "briefs/b/index.html";

    private const string Seed = "---\ntitle: B <one>\nslug: b\npublished: 2024-10-01\nauthors: [Ana Ruiz, Luc Martin]\ntopics: [Oil]\nlicense: CC BY 4.0\n---\n\nBody.\n";

    /// <summary>A site of one brief (slug <c>b</c>) with this configuration and these files of its folder, built in memory.</summary>
    private static (BuildResult Result, InMemorySiteWriter Writer) Build(string config, params (string Path, string Text)[] files)
    {
        var dir = Write(config, files);
        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = dir }, _ => writer);
        Directory.Delete(dir, recursive: true);
        return (result, writer);
    }

    /// <summary>The folder of a site of one brief (slug <c>b</c>) with this configuration and these files.</summary>
    private static string Write(string config, params (string Path, string Text)[] files)
    {
        var dir = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, "seeds", "b.md"), Seed, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "briefgen.yml"), "baseUrl: https://example.org/\n" + config);
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        return dir;
    }

    /// <summary>The text of the first element <paramref name="selector"/> finds, each run of white space one space (as a browser shows it).</summary>
    private static string Text(InMemorySiteWriter writer, string path, string selector)
        => Regex.Replace(new HtmlParser().ParseDocument(writer.ReadText(path)).QuerySelector(selector)!.TextContent, @"\s+", " ");

    private static string Attribute(InMemorySiteWriter writer, string path, string selector, string attribute)
        => new HtmlParser().ParseDocument(writer.ReadText(path)).QuerySelector(selector)!.GetAttribute(attribute) ?? "";

    [Fact]
    public void FrenchDemo_ShowsFrenchDatesAndWords_AndSaysItIsFrench()
    {
        var config = Path.Combine(TestSite.TempDir(), "briefgen.yml");
        File.WriteAllText(config, File.ReadAllText(Path.Combine(TestSite.Demo, "briefgen.yml")).Replace("language: en", "language: fr", StringComparison.Ordinal));

        var (result, writer) = TestSite.BuildInMemory(new SiteBuildOptions { SiteDir = TestSite.Demo, ConfigFile = config });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("BG65", StringComparison.Ordinal));
        var index = new HtmlParser().ParseDocument(writer.ReadText("index.html"));
        Assert.Equal("fr", index.DocumentElement.GetAttribute("lang"));
        Assert.Null(index.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Aller au contenu", index.QuerySelector(".skip-link")!.TextContent);
        Assert.Equal(["Notes", "Thèmes", "Auteurs", "Programmes"], index.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal("3 novembre 2025", index.QuerySelector("time[datetime='2025-11-03T16:05:00-05:00']")!.TextContent);
        Assert.StartsWith("Par ", index.QuerySelector(".card .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Suivant →", index.QuerySelector(".pagination a[rel=next]")!.TextContent);
        Assert.Contains("Publié par BriefGen Demo Press.", index.QuerySelector(".site-footer p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Thèmes", Text(writer, "topics/index.html", "main h1"));
        Assert.Equal("1 note", Text(writer, "topics/arctic/index.html", "main .meta"));
        Assert.Equal("Page introuvable", Text(writer, "404.html", "main h1"));
        Assert.Equal("Notes, page 2", Text(writer, "page/2/index.html", "main h1"));
        Assert.Contains("xml:lang=\"fr\"", writer.ReadText("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("\"inLanguage\": \"fr\",", writer.ReadText("briefs/after-the-juntas-can-the-sahel-hold-credible-elections/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_InSpanishAndGerman_JoinsItsAuthorsAndDatesItInThatLanguage()
    {
        var (spanish, es) = Build("language: es\n");
        var (german, de) = Build("language: de\n");

        Assert.True(spanish.Succeeded && german.Succeeded, string.Join("\n", spanish.Diagnostics.Concat(german.Diagnostics)));
        Assert.Equal("Por Ana Ruiz y Luc Martin · 1 de octubre de 2024 · 1 min de lectura", Text(es, Brief, ".brief-header .meta"));
        Assert.Equal("Von Ana Ruiz und Luc Martin · 1. Oktober 2024 · 1 Min. Lesezeit", Text(de, Brief, ".brief-header .meta"));
        Assert.Contains("Namensnennung: „B <one>“ von Ana Ruiz und Luc Martin.", Text(de, Brief, ".license"), StringComparison.Ordinal);
    }

    [Fact]
    public void English_IsTheDefault_AndJsonLdSaysSo()
    {
        var (result, writer) = Build("");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("By Ana Ruiz and Luc Martin · October 1, 2024 · 1 min read", Text(writer, Brief, ".brief-header .meta"));
        Assert.Contains("\"inLanguage\": \"en\"", writer.ReadText(Brief), StringComparison.Ordinal);
    }

    [Fact]
    public void StringsSetting_ReplacesSingleWords_AndPluralForms_AsText()
    {
        var (result, writer) = Build("language: fr\nstrings:\n  atom_feed: Flux RSS\n  brief_count:\n    one: \"{count} papier\"\n    other: \"{count} papiers\"\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("BG65", StringComparison.Ordinal));
        Assert.Equal("1 papier", Text(writer, "topics/oil/index.html", "main .meta"));
        Assert.Equal("Flux RSS", Text(writer, "index.html", ".footer-links a[href$='feed.xml']"));
        Assert.Equal("Plan du site", Text(writer, "index.html", ".footer-links a[href$='sitemap.xml']"));
    }

    [Fact]
    public void TranslatedWordHoldingMarkup_IsEscapedWhereItLands()
    {
        var (result, writer) = Build("strings:\n  by: <b>By</b>\n  skip_to_content: \"\\\"><script>\"\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = writer.ReadText(Brief);
        Assert.Contains("&lt;b&gt;By&lt;/b&gt; ", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#content\">&quot;&gt;&lt;script&gt;</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeyOfTheStringsSetting_IsALocatedWarning_WithASuggestion()
    {
        var (result, _) = Build("language: fr\nstrings:\n  relatd: Voir aussi\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "BG6502");
        Assert.Equal(("briefgen.yml", 4, 3), (warning.Path, warning.Line, warning.Column));
        Assert.Contains("did you mean 'related'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteAddsALanguage_WithAFile_AndWhatItLeavesOutIsEnglish()
    {
        var (result, writer) = Build("language: it\n", ("templates/_strings/it.yml", "by: Di\nmonth_10: ottobre\ndate_format: \"{day} {month} {year}\"\nlist_and: \" e \"\nbogus: x\n"));

        Assert.Equal("Di Ana Ruiz e Luc Martin · 1 ottobre 2024 · 1 min read", Text(writer, Brief, ".brief-header .meta"));
        Assert.Equal("Skip to content", Text(writer, Brief, ".skip-link"));
        var unknown = Assert.Single(result.Diagnostics, d => d.Id == "BG6502");
        Assert.Equal(("templates/_strings/it.yml", 5, 1), (unknown.Path, unknown.Line, unknown.Column));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BG6503");
    }

    [Fact]
    public void SitesTableOfAShippedLanguage_CoversTheBuiltInOne_KeyByKey()
    {
        var (result, writer) = Build("language: fr\n", ("templates/_strings/fr.yml", "by: De\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("De Ana Ruiz et Luc Martin · 1 octobre 2024 · 1 min de lecture", Text(writer, Brief, ".brief-header .meta"));
    }

    [Theory]
    [InlineData("fr-CA", "Par Ana Ruiz et Luc Martin · 1 octobre 2024 · 1 min de lecture")]
    [InlineData("pt-br", "Por Ana Ruiz e Luc Martin · 1 de outubro de 2024 · 1 min read")]
    public void RegionalLanguage_FallsBackToItsLanguage(string language, string meta)
    {
        var (result, writer) = Build($"language: {language}\n", ("templates/_strings/pt.yml", "by: Por\nlist_and: \" e \"\nmonth_10: outubro\ndate_format: \"{day} de {month} de {year}\"\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "BG6503");
        Assert.Equal(meta, Text(writer, Brief, ".brief-header .meta"));
        Assert.Equal(language, Attribute(writer, Brief, "html", "lang"));
    }

    [Fact]
    public void LanguageWithoutATable_IsEnglish_WithALocatedWarning()
    {
        var (result, writer) = Build("title: T\nlanguage: it\n");

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "BG6503");
        Assert.Equal(("briefgen.yml", 3, 11), (warning.Path, warning.Line, warning.Column));
        Assert.Equal("By Ana Ruiz and Luc Martin · October 1, 2024 · 1 min read", Text(writer, Brief, ".brief-header .meta"));
        Assert.Equal("it", Attribute(writer, Brief, "html", "lang"));
    }

    [Theory]
    [InlineData("ar", "rtl", "التالي ←")]
    [InlineData("he", "rtl", "Next →")]
    [InlineData("de", "", "Weiter →")]
    public void RightToLeftLanguage_IsWrittenRightToLeft(string language, string dir, string next)
    {
        var (result, writer) = Build($"language: {language}\npageSize: 1\n", ("seeds/c.md", "---\ntitle: C\n---\n\nBody.\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(dir, Attribute(writer, "index.html", "html", "dir"));
        Assert.Equal(next, Text(writer, "index.html", ".pagination a[rel=next]"));
    }

    [Fact]
    public void ArabicCount_TakesItsPluralForm()
    {
        var (result, writer) = Build("language: ar\n", ("seeds/c.md", "---\ntitle: C\ntopics: [Oil]\n---\n\nBody.\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("موجزان", Text(writer, "topics/oil/index.html", "main .meta"));
    }

    [Fact]
    public void TemplateAskingForAnUnknownString_GetsTheKey_AndALocatedWarning()
    {
        var (result, writer) = Build("", ("templates/_partials/hooks/brief-end.sbn-html", "<p class=\"x\">{{ t 'relatd' }}</p>"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("relatd", Text(writer, Brief, "p.x"));
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "BG6504");
        Assert.Equal(("templates/_partials/hooks/brief-end.sbn-html", 1, 17), (warning.Path, warning.Line, warning.Column));
        Assert.Contains("did you mean 'related'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenStringsTable_IsAnErrorAtItsPlace()
    {
        var (result, _) = Build("language: fr\n", ("templates/_strings/fr.yml", "by: De\nbrief_count:\n  one: x\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Id == "BG6501");
        Assert.Equal(("templates/_strings/fr.yml", 3, 3), (error.Path, error.Line, error.Column));
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("language: ../x\n")]
    [InlineData("language: 12\n")]
    [InlineData("strings: [a, b]\n")]
    public void MalformedLanguageOrStrings_IsAWrongTypeError(string config)
    {
        var (result, _) = Build(config);

        Assert.Contains(result.Diagnostics, d => d.Id == "BG5002" && d.Line == 2);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void IncrementalBuild_EditingTheSitesStringsTable_RendersThePagesAgain()
    {
        var dir = Write("language: fr\n", ("templates/_strings/fr.yml", "by: De\n"));
        var table = Path.Combine(dir, "templates", "_strings", "fr.yml");
        var options = new SiteBuildOptions { SiteDir = dir, OutputDir = Path.Combine(dir, "_site") };
        var generator = new BriefGenerator();
        Assert.True(generator.Build(options).Succeeded);

        File.WriteAllText(table, "by: Écrit par\n");
        var second = generator.Build(options);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.StartsWith("Écrit par ", new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir, "_site", Brief))).QuerySelector(".brief-header .meta")!.TextContent, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }
}
