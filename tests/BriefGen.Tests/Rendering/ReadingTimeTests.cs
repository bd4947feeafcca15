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

    /// <summary>
    /// Random text from the characters the count decides on (tags, references, ASCII and other white space, letters
    /// inside and outside ASCII, punctuation) and runs of plain words: the count sorts plain ASCII by a table and
    /// must agree with <see cref="CharacterByCharacter"/>, the rule applied one character after another.
    /// </summary>
    [Fact]
    public void RandomHtml_CountsAsCharacterByCharacter()
    {
        string[] pieces = ["word", "Reform2024", "x", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "<", ">", "<p>", "</em>", "&", ";",
            "&amp;", "&CounterClockwiseContourIntegral;", "&#39;", "é", "中文", "—", ".", ",", "-", "#", "1", "\u0085", "a<b", "&x"];
        var random = new Random(20261208);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(CharacterByCharacter(text) == ReadingTime.Words(text), $"words of \"{text}\"");
        }
    }

    private static int CharacterByCharacter(string html)
    {
        var (words, inWord, wordHasLetter) = (0, false, false);
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<' && html.IndexOf('>', i + 1) is var close and >= 0)
            {
                i = close;
                continue;
            }

            if (c == '&' && html.IndexOf(';', i + 1, Math.Min(32, html.Length - i - 1)) is var end and >= 0)
            {
                i = end;
                inWord = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                words += inWord && wordHasLetter ? 1 : 0;
                (inWord, wordHasLetter) = (false, false);
                continue;
            }

            inWord = true;
            wordHasLetter |= char.IsLetterOrDigit(c);
        }

        return words + (inWord && wordHasLetter ? 1 : 0);
    }
}
