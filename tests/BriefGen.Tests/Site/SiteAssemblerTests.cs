using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Site;

namespace BriefGen.Tests.Site;

public sealed class SiteAssemblerTests
{
    private static Brief B(string title, string? published = null, string[]? topics = null, Author[]? authors = null)
        => new() { Title = title, Slug = Slug.From(title), Published = published, Topics = topics ?? [], Authors = authors ?? [] };

    [Fact]
    public void Assemble_TwoBriefsOneSlug_ReportsErrorNamingBothFiles()
    {
        var bag = new DiagnosticBag();

        var site = SiteAssembler.Assemble(new SiteConfig(), [("seeds/a.txt", B("Same Title")), ("seeds/b.md", B("Same  title!"))], bag);

        var error = Assert.Single(bag.ToImmutable());
        Assert.Equal("BG2001", error.Id);
        Assert.True(error.IsError);
        Assert.Equal("seeds/b.md", error.Path);
        Assert.Contains("seeds/a.txt", error.Message, StringComparison.Ordinal);
        Assert.Single(site.Briefs);
    }

    [Fact]
    public void Assemble_Briefs_NewestFirstThenUndatedByTitle()
    {
        var site = SiteAssembler.Assemble(new SiteConfig(),
        [
            ("s/1.md", B("Zeta undated")),
            ("s/2.md", B("Old", "2020-01-01")),
            ("s/3.md", B("Alpha undated")),
            ("s/4.md", B("New", "2024-10-25T11:27:00-05:00")),
            ("s/5.md", B("Same day earlier offset", "2024-10-25T12:00:00+00:00")),
        ], new DiagnosticBag());

        Assert.Equal(["New", "Same day earlier offset", "Old", "Alpha undated", "Zeta undated"], site.Briefs.Select(b => b.Brief.Title));
    }

    [Fact]
    public void Assemble_NamesFoldingToOneSlug_ShareOneTermWithFirstSeenSpelling()
    {
        var site = SiteAssembler.Assemble(new SiteConfig(),
        [
            ("s/1.md", B("One", "2024-01-02", ["Critical Minerals"])),
            ("s/2.md", B("Two", "2024-01-01", ["critical minerals", "Trade"])),
        ], new DiagnosticBag());

        var term = Assert.Single(site.Topics.Terms, t => t.Slug == "critical-minerals");
        Assert.Equal("Critical Minerals", term.Name);
        Assert.Equal(["One", "Two"], term.Briefs.Select(b => b.Brief.Title));
        Assert.Equal(2, site.Topics.Terms.Count);
    }

    [Fact]
    public void Assemble_Author_TakesBioFromNewestBriefThatHasOne()
    {
        var site = SiteAssembler.Assemble(new SiteConfig(),
        [
            ("s/1.md", B("Oldest", "2020-01-01", authors: [new Author("Ana Ruiz", "Ana Ruiz was a fellow.")])),
            ("s/2.md", B("Newest", "2025-01-01", authors: [new Author("Ana Ruiz", null)])),
            ("s/3.md", B("Middle", "2023-01-01", authors: [new Author("Ana Ruiz", "Ana Ruiz is a senior fellow.")])),
        ], new DiagnosticBag());

        var author = Assert.Single(site.Authors.Terms);
        Assert.Equal("Ana Ruiz is a senior fellow.", author.Bio);
        Assert.Equal(3, author.Briefs.Count);
    }

    [Fact]
    public void Assemble_TopicWithoutLatinLetters_WarnsAndMakesNoPage()
    {
        var bag = new DiagnosticBag();

        var site = SiteAssembler.Assemble(new SiteConfig(), [("seeds/a.md", B("A", topics: ["Россия", "Trade"]))], bag);

        var warning = Assert.Single(bag.ToImmutable());
        Assert.Equal(("BG2003", "seeds/a.md"), (warning.Id, warning.Path));
        Assert.Contains("Россия", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["Trade"], site.Topics.Terms.Select(t => t.Name));
    }
}
