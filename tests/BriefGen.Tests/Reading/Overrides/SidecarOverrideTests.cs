using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;
using BriefGen.Tests.Reading.Loading;

namespace BriefGen.Tests.Reading.Overrides;

public sealed class SidecarOverrideTests
{
    private const string MarkdownSeed =
        "---\ntitle: Front Title\nkind: Article\ntopics: [A, B]\nsummary: From the front matter.\n---\n\nBody.\n";

    private static LoadedSeed Load(TempFolder temp, string seedName, string seedText, string sidecarText)
    {
        var seed = temp.Write("seeds/" + seedName, seedText);
        temp.Write("seeds/" + Path.GetFileNameWithoutExtension(seedName) + ".yml", sidecarText);
        var file = Assert.Single(SeedLoader.CreateDefault().Discover(temp["seeds"], temp.Path, new DiagnosticBag()));
        Assert.Equal(seed, file.FullPath);
        return SeedLoader.CreateDefault().Load(file);
    }

    [Fact]
    public void Load_MarkdownWithSidecar_SidecarWinsOverFrontMatter()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "kind: Expert Brief\ndate: 2025-01-02\n");

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Expert Brief", loaded.Brief!.Kind);
        Assert.Equal("2025-01-02", loaded.Brief.Published);
        Assert.Equal("From the front matter.", loaded.Brief.Summary); // not in the sidecar: kept
    }

    [Fact]
    public void Load_SidecarUnknownKey_SuggestsTheClosestKnownName()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "kindd: Report\n");

        var d = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("BG1303", "seeds/x.yml", 1, 1), (d.Id, d.Path, d.Line, d.Column));
        Assert.Equal("unknown sidecar key 'kindd' is ignored; did you mean 'kind'?", d.Message);
    }

    [Fact]
    public void Load_SidecarDateNotUnderstood_SaysTheBriefIsUndated()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "date: 5/6/2025\n");

        var d = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("BG1307", 1, 7), (d.Id, d.Line, d.Column));
        Assert.Contains("the brief is undated: its page shows no date, it is listed after every dated brief and left out of the feed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SidecarList_ReplacesNotMerges()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "tags:\n  - C\n");

        Assert.Equal(["C"], loaded.Brief!.Topics);
    }

    [Fact]
    public void Load_SidecarNullOrEmptyList_ClearsTheField()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "topics: []\nsummary: ~\n");

        Assert.Empty(loaded.Brief!.Topics);
        Assert.Null(loaded.Brief.Summary);
    }

    [Fact]
    public void Load_TextSeedWithSidecar_FieldsOverridden()
    {
        using var temp = new TempFolder();

        var loaded = Load(
            temp,
            "x.txt",
            "A Page Dump Title\n\nSome text of the page.\n",
            "program: Europe Program\nauthors:\n  - name: Ann Lee\n    bio: Ann Lee is a fellow.\nimage:\n  caption: C.\n  credit: X/AP\n  url: https://example.org/i.jpg\n" +
            "sections:\n  - heading: H\n    paragraphs:\n      - \"  spaced\\u00a0 text  \"\n");

        var b = loaded.Brief!;
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Path == "seeds/x.yml");
        Assert.Equal("Europe Program", b.Program);
        Assert.Equal([new Author("Ann Lee", "Ann Lee is a fellow.")], b.Authors);
        Assert.Equal(new Image("C.", "X/AP", "https://example.org/i.jpg"), b.Image);
        var section = Assert.Single(b.Sections);
        Assert.Equal(("H", "spaced text"), (section.Heading, Assert.Single(section.Paragraphs))); // text briefs are normalised
    }

    [Fact]
    public void Load_SidecarSlug_IsSlugified()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "slug: ../My Ünusual/Slug\n");

        Assert.Equal("my-unusual-slug", loaded.Brief!.Slug);
    }

    [Fact]
    public void Load_SidecarTitleWithoutSlug_DerivedSlugFollowsTheNewTitle()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "title: Corrected Title\n");

        Assert.Equal(("Corrected Title", "corrected-title"), (loaded.Brief!.Title, loaded.Brief.Slug));
    }

    [Fact]
    public void Load_SidecarTitleWithExplicitFrontMatterSlug_SlugKept()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", "---\ntitle: Old\nslug: keep-me\n---\n\nBody.\n", "title: New\n");

        Assert.Equal(("New", "keep-me"), (loaded.Brief!.Title, loaded.Brief.Slug));
    }

    [Fact]
    public void Load_MalformedSidecar_ErrorLocatedInTheSidecarAndNoOverride()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "kind: Expert Brief\nsummary: \"unterminated\n");

        Assert.Equal("Article", loaded.Brief!.Kind);
        var d = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("BG1301", DiagnosticSeverity.Error, "seeds/x.yml", 2, 10), (d.Id, d.Severity, d.Path, d.Line, d.Column));
    }

    [Fact]
    public void Load_SidecarUnknownKeyAndWrongType_ReportedInTheSidecar()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "colour: red\nkind: [a]\n");

        Assert.Equal("Article", loaded.Brief!.Kind); // a wrong-typed override is not applied
        Assert.Equal(
            [("BG1303", "seeds/x.yml", 1, 1), ("BG1304", "seeds/x.yml", 2, 7)],
            loaded.Diagnostics.Select(d => (d.Id, d.Path!, d.Line, d.Column)));
    }

    [Fact]
    public void Load_SidecarEmptyTitle_RefusedWithError()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "title: \"\"\n");

        Assert.Equal("Front Title", loaded.Brief!.Title);
        Assert.Equal(("BG1304", "seeds/x.yml"), (Assert.Single(loaded.Diagnostics).Id, loaded.Diagnostics[0].Path));
    }

    [Fact]
    public void Load_EmptySidecar_NothingChanges()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "");

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Article", loaded.Brief!.Kind);
    }

    [Fact]
    public void Load_SidecarInvalidUtf8_ErrorNamingTheSidecar()
    {
        using var temp = new TempFolder();
        var seed = temp.Write("seeds/x.md", MarkdownSeed);
        temp.WriteBytes("seeds/x.yml", [(byte)'k', (byte)':', 0xFF]);

        var loaded = SeedLoader.CreateDefault().Load(SeedLoader.FileAt(seed, "seeds/x.md"));

        Assert.NotNull(loaded.Brief);
        Assert.Equal(("BG1004", "seeds/x.yml"), (Assert.Single(loaded.Diagnostics).Id, loaded.Diagnostics[0].Path));
    }

    [Fact]
    public void Load_SidecarParagraphsForMarkdown_KeptExactly()
    {
        using var temp = new TempFolder();

        var loaded = Load(temp, "x.md", MarkdownSeed, "sections:\n  - heading: ~\n    paragraphs:\n      - |\n        - a\n        - b\n");

        var section = Assert.Single(loaded.Brief!.Sections);
        Assert.Equal((null, "- a\n- b"), (section.Heading, Assert.Single(section.Paragraphs)));
    }
}
