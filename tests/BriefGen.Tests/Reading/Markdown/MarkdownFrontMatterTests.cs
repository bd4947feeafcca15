using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Tests.Reading.Markdown;

public sealed class MarkdownFrontMatterTests
{
    [Fact]
    public void Read_DateAlias_SetsPublished()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\ndate: \"2025-05-19T11:00:00-04:00\"\n");

        Assert.Equal("2025-05-19T11:00:00-04:00", result.Brief!.Published);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("2025-06-02", "2025-06-02")]
    [InlineData("\"2025-06-02\"", "2025-06-02")]
    [InlineData("2020-09-27T21:56:00-04:00", "2020-09-27T21:56:00-04:00")]
    [InlineData("'2020-09-27T21:56:00-04:00'", "2020-09-27T21:56:00-04:00")]
    [InlineData("2020-09-27T21:56:00+05:30", "2020-09-27T21:56:00+05:30")]
    public void Read_QuotedOrUnquotedDate_KeptAsWrittenWithItsOffset(string yaml, string expected)
    {
        var result = MarkdownTestReader.ReadSeed("title: T\npublished: " + yaml + "\n");

        Assert.Equal(expected, result.Brief!.Published);
    }

    [Theory]
    [InlineData("2025-05-19 11:00:00-04:00", "2025-05-19T11:00:00-04:00")]
    [InlineData("2025-05-19T11:00:00Z", "2025-05-19T11:00:00+00:00")]
    [InlineData("2025-5-9T9:05:00.5+01:00", "2025-05-09T09:05:00.500000+01:00")]
    public void Read_UnquotedYamlTimestampVariant_WrittenInCanonicalIsoFormWithoutChangingOffset(string yaml, string expected)
    {
        var result = MarkdownTestReader.ReadSeed("title: T\ndate: " + yaml + "\n");

        Assert.Equal(expected, result.Brief!.Published);
    }

    [Fact]
    public void Read_QuotedTimestampVariant_KeptExactlyAsWritten()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\ndate: \"2025-05-19 11:00:00-04:00\"\n");

        Assert.Equal("2025-05-19 11:00:00-04:00", result.Brief!.Published);
    }

    [Fact]
    public void Read_DateNotIso_KeptWithWarning()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\ndate: May 19, 2025\n");

        Assert.Equal("May 19, 2025", result.Brief!.Published);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1208", 3, 7), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void Read_DateNotIso_SaysTheBriefIsUndated()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\ndate: June 5 2025\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "'June 5 2025' is not a date BriefGen understands (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss±hh:mm); it is kept as written, but the brief is undated: its page shows no date, it is listed after every dated brief and left out of the feed",
            d.Message);
    }

    [Theory]
    [InlineData("\"2025-05-19 11:00:00-04:00\"")] // ISO-like, but no brief can be dated by it
    [InlineData("\"2025-05-19T11:00:00.5Z\"")]
    [InlineData("2025-05-19 11:00:00.5")]
    public void Read_DateTheSiteCannotUse_IsWarnedNotSilentlyUndated(string date)
    {
        var result = MarkdownTestReader.ReadSeed("title: T\ndate: " + date + "\n");

        Assert.Equal(("BG1208", 3, 7), (Assert.Single(result.Diagnostics).Id, result.Diagnostics[0].Line, result.Diagnostics[0].Column));
        Assert.Null(BriefGen.Model.BriefDate.TryParse(result.Brief!.Published));
    }

    [Theory]
    [InlineData("titel: T\n", "unknown front-matter key 'titel' is ignored; did you mean 'title'?")]
    [InlineData("title: T\nsumary: S\n", "unknown front-matter key 'sumary' is ignored; did you mean 'summary'?")]
    [InlineData("title: T\nauthors:\n  - nmae: A\n    name: B\n", "unknown front-matter key 'authors.nmae' is ignored; did you mean 'name'?")]
    [InlineData("title: T\nflavour: x\n", "unknown front-matter key 'flavour' is ignored")]
    public void Read_UnknownKey_SuggestsTheClosestKnownName(string frontMatter, string message)
    {
        var result = MarkdownTestReader.ReadSeed(frontMatter);

        Assert.Contains(result.Diagnostics, d => d.Id == "BG1204" && d.Message == message);
    }

    [Fact]
    public void Read_TagsAlias_SetsTopicsDeDuplicatedInFirstSeenOrder()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\ntags: [Trade, Oceans, \" Trade \", Asia, Oceans]\n");

        Assert.Equal(["Trade", "Oceans", "Asia"], result.Brief!.Topics);
    }

    [Fact]
    public void Read_AuthorAsStringOrMapping_GivesNameAndBio()
    {
        var result = MarkdownTestReader.ReadSeed(
            "title: T\nauthors:\n  - Ann Lee\n  - name: Bo Park\n    bio: Bo Park is a fellow.\n  - name: Cy Dee\n");

        Assert.Equal([new Author("Ann Lee", null), new Author("Bo Park", "Bo Park is a fellow."), new Author("Cy Dee", null)], result.Brief!.Authors);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_FrontMatterStrings_GetTheNormalNormalisation()
    {
        var result = MarkdownTestReader.ReadSeed("title: \"  A\u00a0title\\twith   gaps \"\nsummary: >\n  Folded\n  over lines.\nkind: ’Curly’ — kept\n");

        Assert.Equal("A title with gaps", result.Brief!.Title);
        Assert.Equal("Folded over lines.", result.Brief.Summary);
        Assert.Equal("’Curly’ — kept", result.Brief.Kind);
    }

    [Fact]
    public void Read_EveryField_MapsToTheModel()
    {
        var result = MarkdownTestReader.ReadSeed(
            "title: T\nkind: Article\nkindDescription: ~\nprogram: P\nsummary: S.\ndisclaimer: D.\n" +
            "image: {caption: C., credit: X/Reuters, url: https://example.org/a.jpg}\n" +
            "license: {id: CC-BY-4.0, label: CC BY 4.0, name: Creative Commons Attribution 4.0 International, url: https://creativecommons.org/licenses/by/4.0/}\n" +
            "related:\n  - label: L\n    summary: Sum.\n");

        var b = result.Brief!;
        Assert.Empty(result.Diagnostics);
        Assert.Equal(("Article", null, "P", "S.", "D."), (b.Kind, b.KindDescription, b.Program, b.Summary, b.Disclaimer));
        Assert.Equal(new Image("C.", "X/Reuters", "https://example.org/a.jpg"), b.Image);
        Assert.Equal(new License("CC-BY-4.0", "CC BY 4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"), b.License);
        Assert.Equal([new RelatedStory("L", "Sum.")], b.Related);
        Assert.Equal(BriefFormat.Markdown, b.Format);
    }

    [Fact]
    public void Read_NoSlug_SlugFromTitle()
    {
        var result = MarkdownTestReader.ReadSeed("title: \"Cutting the Cord: the World’s Cables\"\n");

        Assert.Equal("cutting-the-cord-the-world-s-cables", result.Brief!.Slug);
    }

    [Fact]
    public void Read_GivenSlug_IsSlugifiedSoItCannotEscape()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\nslug: ../../Etc/Pässwd\n");

        Assert.Equal("etc-passwd", result.Brief!.Slug);
    }

    [Fact]
    public void Read_YamlAnchorsAndAliases_Resolved()
    {
        var result = MarkdownTestReader.ReadSeed(
            "title: T\ntags: &t [A, B]\nauthors:\n  - &a {name: Ann, bio: Ann is here.}\n  - *a\nimage: {caption: C., credit: Cr}\n" +
            "related:\n  - {label: *t, summary: S.}\n");

        Assert.Equal(["A", "B"], result.Brief!.Topics);
        Assert.Equal([new Author("Ann", "Ann is here."), new Author("Ann", "Ann is here.")], result.Brief.Authors);
        Assert.Equal(new Image("C.", "Cr", null), result.Brief.Image);

        // a list where a label is expected (an aliased node is located where its anchor stands)
        Assert.Equal("BG1205", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_UnknownKey_WarnsWithLineAndColumn()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\n  \nsubtitle: X\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1204", DiagnosticSeverity.Warning, 4, 1), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Contains("'subtitle'", d.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Brief);
    }

    [Fact]
    public void Read_UnknownKeyWithLineBreak_MessageStaysOneLine()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\n\"a\\nb\": 1\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("unknown front-matter key 'a\\nb' is ignored", d.Message);
    }

    [Fact]
    public void Read_AuthorsNotAList_ErrorWithLineAndColumnAndNoAuthors()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\nauthors: 5\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1205", DiagnosticSeverity.Error, 3, 10), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Empty(result.Brief!.Authors);
    }

    [Fact]
    public void Read_TitleIsAList_ErrorAndNoTitle()
    {
        var result = MarkdownTestReader.ReadSeed("title: [a]\n");

        Assert.Null(result.Brief);
        Assert.Contains(result.Diagnostics, d => d is { Id: "BG1205", Line: 2, Column: 8 });
        Assert.Contains(result.Diagnostics, d => d.Id == "BG1007");
    }

    [Fact]
    public void Read_LicenseWithoutUrl_ErrorAndNoLicense()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\nlicense:\n  id: X\n  label: Y\n  name: Z\n");

        Assert.Null(result.Brief!.License);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1206", 4, 3), (d.Id, d.Line, d.Column));
        Assert.Contains("'url'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FieldAndItsAlias_WarnsAndLaterWins()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\npublished: 2024-01-01\ndate: 2025-02-02\n");

        Assert.Equal("2025-02-02", result.Brief!.Published);
        Assert.Equal("BG1207", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_MalformedYaml_ErrorAtTheFileLineAndColumnWithYamlMessage()
    {
        // The YAML error is on the front matter's 3rd line, which is the file's 4th line.
        var result = MarkdownTestReader.Read("---\ntitle: T\nsummary: S\n  kind: a: b\n---\n\nBody.\n");

        Assert.Null(result.Brief);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1201", DiagnosticSeverity.Error, 4, 7), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Equal("the front matter is not valid YAML: unexpected ':' here: put a value that holds ': ' in quotes, give every key its ':', and start each key at the column of the keys above it", d.Message);
        Assert.DoesNotContain("Idx:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnclosedFlowList_ErrorNotException()
    {
        var result = MarkdownTestReader.Read("---\ntitle: T\ntags: [a, b\nkind: c\n---\n\nBody.\n");

        Assert.Null(result.Brief);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("BG1201", d.Id);
        Assert.True(d.Line >= 2, d.ToString());
    }

    [Fact]
    public void Read_DuplicateKey_ErrorAtTheSecondKey()
    {
        var result = MarkdownTestReader.Read("---\ntitle: T\ntitle: U\n---\n\nBody.\n");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1201", 3, 1), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void Read_DeeplyNestedYaml_ErrorNotCrash()
    {
        var result = MarkdownTestReader.Read("---\ntitle: T\nx: " + new string('[', 5000) + "\n---\n");

        Assert.Null(result.Brief);
        Assert.Equal("BG1201", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_FrontMatterNotAMapping_Error()
    {
        var result = MarkdownTestReader.Read("---\n- a\n- b\n---\n\nBody.\n");

        Assert.Null(result.Brief);
        Assert.Equal(("BG1203", 2), (Assert.Single(result.Diagnostics).Id, result.Diagnostics[0].Line));
    }

    [Fact]
    public void Read_UnterminatedFrontMatter_Error()
    {
        var result = MarkdownTestReader.Read("---\ntitle: T\n\nBody without a closing fence.\n");

        Assert.Null(result.Brief);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("BG1202", DiagnosticSeverity.Error, 1), (d.Id, d.Severity, d.Line));
    }

    [Fact]
    public void Read_NoFrontMatter_NoTitleError()
    {
        var result = MarkdownTestReader.Read("# A heading\n\nBody.\n");

        Assert.Null(result.Brief);
        Assert.Equal("BG1007", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Read_FrontMatterWithoutTitle_NoTitleError()
    {
        var result = MarkdownTestReader.ReadSeed("kind: Article\n");

        Assert.Null(result.Brief);
        Assert.Equal(("BG1007", DiagnosticSeverity.Error), (Assert.Single(result.Diagnostics).Id, result.Diagnostics[0].Severity));
    }

    [Fact]
    public void Read_ClosingDotsFence_Accepted()
    {
        var result = MarkdownTestReader.Read("---\ntitle: T\n...\n\nBody.\n");

        Assert.Equal("T", result.Brief!.Title);
        Assert.Equal("Body.", Assert.Single(Assert.Single(result.Brief.Sections).Paragraphs));
    }
}
