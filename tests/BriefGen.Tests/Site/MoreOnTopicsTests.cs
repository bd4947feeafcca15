using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Site;

namespace BriefGen.Tests.Site;

/// <summary>"More on these topics": which other briefs a brief lists, in which order, and which it never lists.</summary>
public sealed class MoreOnTopicsTests
{
    private static Brief Brief(string slug, string date, params string[] topics) => new() { Title = slug.ToUpperInvariant(), Slug = slug, Published = date, Topics = topics };

    private static BriefGen.Site.Site Assemble(SiteConfig config, params Brief[] briefs)
        => SiteAssembler.Assemble(config, briefs.Select(b => ($"seeds/{b.Slug}.md", b)), new DiagnosticBag());

    private static string[] MoreOn(BriefGen.Site.Site site, string slug)
        => [.. site.Briefs.Single(b => b.Brief.Slug == slug).MoreOnTopics.Select(b => b.Brief.Slug)];

    [Fact]
    public void MostSharedTopicsFirst_ThenNewest_AtMostThree_NeverItself()
    {
        var site = Assemble(
            new SiteConfig(),
            Brief("a", "2025-01-01", "X", "Y", "Z"),
            Brief("one-newest", "2025-06-01", "X"),
            Brief("one-older", "2025-05-01", "X"),
            Brief("two", "2024-01-01", "X", "Y"),
            Brief("three", "2023-01-01", "Z", "Y", "X"),
            Brief("none", "2025-07-01", "W"));

        Assert.Equal(["three", "two", "one-newest"], MoreOn(site, "a"));
        Assert.Empty(MoreOn(site, "none"));
    }

    [Fact]
    public void TopicsAreToldApartByTheirSlug_AsTopicPagesAre()
    {
        var site = Assemble(new SiteConfig(), Brief("a", "2025-01-01", "Climate Change"), Brief("b", "2025-01-02", "climate-change"), Brief("c", "2025-01-03", "Climate"));

        Assert.Equal(["b"], MoreOn(site, "a"));
    }

    [Fact]
    public void HeldBrief_IsNeverListed()
    {
        var draft = Brief("draft", "2025-06-01", "X") with { Draft = true };

        var site = Assemble(new SiteConfig(), Brief("a", "2025-01-01", "X"), draft, Brief("b", "2024-01-01", "X"));

        Assert.Equal(["b"], MoreOn(site, "a"));
    }

    [Fact]
    public void SiteWithoutRelatedStories_ListsNone()
    {
        var site = Assemble(new SiteConfig { ShowRelated = false }, Brief("a", "2025-01-01", "X"), Brief("b", "2024-01-01", "X"));

        Assert.Empty(MoreOn(site, "a"));
    }

    [Theory]
    [InlineData(MoreOnTopics.ScanBudget / 2 - 1, "old x000 x001")] // "a" sees every brief of X
    [InlineData(MoreOnTopics.ScanBudget / 2, "x000 x001 x002")] // "a" sees its half of the budget of X: the newest briefs, not "old"
    public void PopularTopic_IsScannedNewestFirst_WithinTheBudget(int newerInX, string expected)
    {
        // "a" shares X and Y with "old", and X alone with the newer briefs.
        var newer = Enumerable.Range(0, newerInX).Select(i => Brief($"x{i:D3}", "2025-03-01", "X"));
        var site = Assemble(new SiteConfig(), [Brief("a", "2025-01-01", "X", "Y"), .. newer, Brief("old", "2020-01-01", "X", "Y")]);

        Assert.Equal(expected, string.Join(' ', MoreOn(site, "a")));
    }
}
