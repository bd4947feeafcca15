using BriefGen.Rendering.Markup;

namespace BriefGen.Tests.Rendering;

public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("<p>One two three.</p>", 3)]
    [InlineData("<p>A <a href=\"https://example.org/x y\">linked phrase</a> here.</p>", 4)]
    [InlineData("<p><em>re</em>form</p>", 1)]
    [InlineData("<p>Salt &amp; pepper — 2024</p>", 3)]
    [InlineData("<p>AT&amp;T</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>", 3)]
    public void Words_CountsTheTextBetweenTags(string html, int words)
        => Assert.Equal(words, ReadingTime.Words(html));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(230, 1)]
    [InlineData(231, 2)]
    [InlineData(460, 2)]
    public void Minutes_AreWordsOver230_RoundedUp(int words, int minutes)
        => Assert.Equal(minutes, ReadingTime.Minutes(words));
}
