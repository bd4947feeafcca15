using BriefGen.Model;

namespace BriefGen.Tests.Model;

public sealed class SlugTests
{
    [Theory]
    [InlineData("North Korean Troops in Russia: A Dangerous New Phase", "north-korean-troops-in-russia-a-dangerous-new-phase")]
    [InlineData("Three Questions About Asia’s Race", "three-questions-about-asia-s-race")]
    [InlineData("Tomás Echeverría-Lund", "tomas-echeverria-lund")]
    [InlineData("  --Ça va? Naïve café!--  ", "ca-va-naive-cafe")]
    [InlineData("CC BY-NC-ND 4.0", "cc-by-nc-nd-4-0")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("a\\b/c..d", "a-b-c-d")]
    public void From_Text_FoldsToLowerAsciiWithSingleDashes(string text, string expected)
        => Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("Россия и Китай")]
    [InlineData("中国")]
    [InlineData("—…—")]
    [InlineData("")]
    public void From_NothingLatin_IsEmpty(string text) => Assert.Equal("", Slug.From(text));

    [Fact]
    public void From_LongText_CutsAtLastDashWithinEighty()
    {
        var title = string.Join(' ', Enumerable.Repeat("abcdefghi", 12)); // 9-letter words: dashes at 9, 19, …, 79
        var slug = Slug.From(title);

        Assert.Equal(79, slug.Length);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith(slug, Slug.From(title + " tail"), StringComparison.Ordinal);
    }

    [Fact]
    public void From_DashExactlyAtEighty_KeepsEightyCharacters()
    {
        var title = new string('a', 80) + " b";

        Assert.Equal(new string('a', 80), Slug.From(title));
    }

    [Fact]
    public void From_NoDashWithinEighty_CutsHard()
        => Assert.Equal(new string('x', 80), Slug.From(new string('x', 120)));

    [Fact]
    public void From_AnyText_NeverHoldsPathCharacters()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 120)).Select(_ => (char)random.Next(0x20, 0x3000)).ToArray();
            var slug = Slug.From(new string(chars));

            Assert.Matches("^([a-z0-9]+(-[a-z0-9]+)*)?$", slug);
            Assert.True(slug.Length <= Slug.MaxLength);
        }
    }
}
