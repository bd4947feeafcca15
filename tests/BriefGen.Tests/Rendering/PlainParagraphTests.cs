using System.Text;
using BriefGen.Rendering;
using Markdig;

namespace BriefGen.Tests.Rendering;

public sealed class PlainParagraphTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Markdig's HTML of a block, as a page shows it (without the line end after the block).</summary>
    private static string Markdig(string markdown) => Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n');

    [Theory]
    [InlineData("Plain prose, with “quotes”, \"straight ones\", 50% and 1990s.", "<p>Plain prose, with “quotes”, &quot;straight ones&quot;, 50% and 1990s.</p>")]
    [InlineData("Two lines\nof one paragraph", "<p>Two lines\nof one paragraph</p>")]
    [InlineData("2024 was a year (see p. 4): costs rose.", "<p>2024 was a year (see p. 4): costs rose.</p>")]
    public void Prose_IsWrittenAsMarkdigWouldWriteIt(string markdown, string html)
    {
        Assert.Equal(html, PlainParagraph.TryRender(markdown));
        Assert.Equal(html, Markdig(markdown));
    }

    [Theory]
    [InlineData("")]
    [InlineData("some *emphasis*")]
    [InlineData("a [link](https://example.org/)")]
    [InlineData("AT&T")]
    [InlineData("a < b")]
    [InlineData("# Heading")]
    [InlineData("- item")]
    [InlineData("1. item")]
    [InlineData("12) item")]
    [InlineData("> quote")]
    [InlineData("text\n===")]
    [InlineData("text\n---")]
    [InlineData("    code")]
    [InlineData("hard  \nbreak")]
    [InlineData("trailing ")]
    [InlineData("a\n\nb")]
    [InlineData("tab\there")]
    [InlineData("nul\0char")]
    [InlineData("~~~")]
    public void AnythingMarkdownCouldReadOtherwise_IsLeftToMarkdig(string markdown)
        => Assert.Null(PlainParagraph.TryRender(markdown));

    /// <summary>
    /// Random blocks from an alphabet of letters, spaces, new lines and every ASCII punctuation mark: whenever the
    /// fast path answers, its HTML is Markdig's, byte for byte; and it answers for a fair share of them.
    /// </summary>
    [Fact]
    public void RandomBlocks_FastPathAlwaysAgreesWithMarkdig()
    {
        const string alphabet = "abcXYZ019 \n\n\t.,;:!?'\"()-+=#*_`[]<>&\\|~/%$@^{}“”—é\u00a0";
        var random = new Random(11);
        var answered = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 40);
            for (var j = 0; j < length; j++)
            {
                // mostly letters, so that plain blocks are common enough to test the fast path's answers
                text.Append(random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('a' + random.Next(26)));
            }

            var markdown = text.ToString();
            if (PlainParagraph.TryRender(markdown) is { } html)
            {
                answered++;
                Assert.Equal(Markdig(markdown), html);
            }
        }

        Assert.InRange(answered, 2_000, 20_000);
    }
}
