using BriefGen.Model;
using BriefGen.Reading.PageDump;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class AuthorsTests
{
    private const string Para = "Body paragraph that is long enough to be a paragraph and ends with a full stop, like this one does.";

    [Fact]
    public void Split_TwoAuthorsWithUSAbbreviation_SplitsAtTheSecondName()
    {
        var authors = BioSplitter.Split(
            "Liana Fix is a fellow for Europe at the Council on Foreign Relations. Benjamin Harris is a CFR research associate for Europe and U.S. foreign policy.");

        Assert.Equal(
            [
                new Author("Liana Fix", "Liana Fix is a fellow for Europe at the Council on Foreign Relations."),
                new Author("Benjamin Harris", "Benjamin Harris is a CFR research associate for Europe and U.S. foreign policy."),
            ],
            authors);
    }

    [Fact]
    public void Split_InitialAndJrSuffix_KeepOneName()
    {
        var authors = BioSplitter.Split("Marcus T. Okafor Jr. serves as the director of studies. He was a U.S. diplomat.");

        var author = Assert.Single(authors);
        Assert.Equal("Marcus T. Okafor Jr.", author.Name);
        Assert.Equal("Marcus T. Okafor Jr. serves as the director of studies. He was a U.S. diplomat.", author.Bio);
    }

    [Fact]
    public void Split_DrPhDAndUSInsideBios_DoNotEndSentences()
    {
        var authors = BioSplitter.Split(
            "Ingrid Solvang is the director and holds a Ph.D. in marine geography. Caspian Whitlow was formerly at the U.S. Department of Transportation, where he worked with Dr. Mirela Fonseca-Strand on port resilience. Noor Al-Hadithi-Brenner is a research associate at CFR.");

        Assert.Equal(["Ingrid Solvang", "Caspian Whitlow", "Noor Al-Hadithi-Brenner"], authors.Select(a => a.Name));
        Assert.EndsWith("on port resilience.", authors[1].Bio, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_SecondSentenceAboutSameAuthor_StaysInTheirBio()
    {
        var authors = BioSplitter.Split(
            "Halima Oduya-Sterling is a senior fellow. She earned a Ph.D. in engineering and later advised the U.S. Department of Commerce.");

        Assert.Equal("Halima Oduya-Sterling is a senior fellow. She earned a Ph.D. in engineering and later advised the U.S. Department of Commerce.", Assert.Single(authors).Bio);
    }

    [Fact]
    public void Split_InitialBeforeSurname_IsNotASentenceEnd()
    {
        var authors = BioSplitter.Split("Ana de la Cruz is a fellow who studied under J. R. Okafor. Paul K. Mensah was an envoy.");

        Assert.Equal(["Ana de la Cruz", "Paul K. Mensah"], authors.Select(a => a.Name));
    }

    [Fact]
    public void Split_JoinedParticleInAName_KeepsTheWholeName()
    {
        var authors = BioSplitter.Split("Ana Cruz is a fellow. Fatima al-Zahra Haddad serves as a director. Guy d’Estaing was an envoy.");

        Assert.Equal(["Ana Cruz", "Fatima al-Zahra Haddad", "Guy d’Estaing"], authors.Select(a => a.Name));
    }

    [Fact]
    public void Split_BiosRunTogetherWithoutSpace_StillSplit()
    {
        var authors = BioSplitter.Split("Liana Fix is a fellow at the Council.Benjamin Harris is a research associate for U.S.Policy.");

        Assert.Equal(["Liana Fix", "Benjamin Harris"], authors.Select(a => a.Name));
        Assert.Equal("Liana Fix is a fellow at the Council.", authors[0].Bio);
    }

    [Fact]
    public void Split_PathologicalLongParagraph_IsReadInLinearTime()
    {
        var text = "Jane Roe is " + string.Concat(Enumerable.Repeat("a.Ba.B", 500_000)) + " " + new string('x', 1_000_000) + ". Dan Ode is here.";

        var authors = BioSplitter.Split(text);

        Assert.Equal(["Jane Roe", "Dan Ode"], authors.Select(a => a.Name));
    }

    [Fact]
    public void Split_JrBeforeAName_DoesNotEndTheSentence()
    {
        var authors = BioSplitter.Split("Ana Cruz is a fellow who worked with Reginald Haverford Jr. Paul Mensah is not split off.");

        Assert.Equal("Ana Cruz", Assert.Single(authors).Name);
    }

    [Theory]
    [InlineData("By Amara Lindqvist-Oduro", new[] { "Amara Lindqvist-Oduro" })]
    [InlineData("By Amara Lindqvist-Oduro and Tomás Echeverría-Lund", new[] { "Amara Lindqvist-Oduro", "Tomás Echeverría-Lund" })]
    [InlineData("By Amara Lindqvist-Oduro, Tomás Echeverría-Lund, and Priya Ramaswamy-Hale", new[] { "Amara Lindqvist-Oduro", "Tomás Echeverría-Lund", "Priya Ramaswamy-Hale" })]
    [InlineData("By A. B. Cole, Dan Ode and Marcus T. Okafor Jr.", new[] { "A. B. Cole", "Dan Ode", "Marcus T. Okafor Jr." })]
    [InlineData("By: Jane Roe & Fatima al-Zahra Haddad", new[] { "Jane Roe", "Fatima al-Zahra Haddad" })]
    public void TryParse_Byline_ListsTheNames(string line, string[] names)
    {
        Assert.True(BylineParser.TryParse(line, out var parsed));
        Assert.Equal(names, parsed);
    }

    [Theory]
    [InlineData("By contrast, the juntas have tightened their grip on power across the region.")]
    [InlineData("By 2030, demand will double.")]
    [InlineData("Bylines are not names")]
    public void TryParse_SentenceStartingWithBy_IsNoByline(string line)
    {
        Assert.False(BylineParser.TryParse(line, out _));
    }

    [Theory]
    [InlineData("She is a fellow at the Council.")]
    [InlineData("The Council is an independent organization.")]
    [InlineData("Few public investments offer a better return than preparedness.")]
    public void IsBioParagraph_NoNameBeforeTheVerb_IsFalse(string line)
    {
        Assert.False(BioSplitter.IsBioParagraph(line));
    }

    [Fact]
    public void Read_ByAandB_GivesAuthorsWithNullBios()
    {
        var text = PageDumpTestText.Dump(Para).Replace(
            "Jane Q. Roe is a fellow for testing at the Council.", "By Jane Roe and Dan Ode", StringComparison.Ordinal);

        var brief = PageDumpTestText.Read(text).Brief!;

        Assert.Equal([new Author("Jane Roe", null), new Author("Dan Ode", null)], brief.Authors);
        Assert.Equal([Para], Assert.Single(brief.Sections).Paragraphs);
    }

    [Fact]
    public void Read_BioParagraphAfterKindBlock_GivesTheAuthorAndKind()
    {
        var brief = PageDumpTestText.Read(PageDumpTestText.Dump(Para)).Brief!;

        Assert.Equal([new Author("Jane Q. Roe", "Jane Q. Roe is a fellow for testing at the Council.")], brief.Authors);
        Assert.Equal(("Expert Brief", "Short description of the kind."), (brief.Kind, brief.KindDescription));
    }

    [Fact]
    public void Read_NoAuthorLine_WarnsBG1103()
    {
        var text = PageDumpTestText.Dump(Para).Replace(
            "Jane Q. Roe is a fellow for testing at the Council.", "What happened next?", StringComparison.Ordinal);

        var result = PageDumpTestText.Read(text);

        Assert.Empty(result.Brief!.Authors);
        Assert.Contains(result.Diagnostics, d => d.Id == "BG1103");
        Assert.Equal("What happened next?", Assert.Single(result.Brief.Sections).Heading);
    }
}
