using System.Text;
using BriefGen.Rendering.Markup;
using BriefGen.Rendering.Pages;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;

namespace BriefGen.Tests.Rendering;

public sealed class PlainParagraphTests
{
    /// <summary>CommonMark with every extension a site may turn on (as <c>MarkdownRenderer</c> sets them up): the fast path must agree with all of them.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough).UseTaskLists().UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true }).Build();

    /// <summary>Markdig's HTML of a block, as a page shows it (without the line end after the block).</summary>
    private static string Markdig(string markdown) => Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n');

    [Theory]
    [InlineData("Plain prose, with “quotes”, \"straight ones\", 50% and 1990s.", "<p>Plain prose, with “quotes”, &quot;straight ones&quot;, 50% and 1990s.</p>")]
    [InlineData("Two lines\nof one paragraph", "<p>Two lines\nof one paragraph</p>")]
    [InlineData("2024 was a year (see p. 4): costs rose.", "<p>2024 was a year (see p. 4): costs rose.</p>")]
    [InlineData("some *emphasis*", "<p>some <em>emphasis</em></p>")]
    [InlineData("**Strong** words and *some* emphasis.", "<p><strong>Strong</strong> words and <em>some</em> emphasis.</p>")]
    [InlineData("*Lead words* and *two \"quoted\" ones*, then more.", "<p><em>Lead words</em> and <em>two &quot;quoted&quot; ones</em>, then more.</p>")]
    [InlineData("a [link](https://example.org/)", "<p>a <a href=\"https://example.org/\">link</a></p>")]
    [InlineData("In short, [the \"report\" (2024)](https://example.org/ref/64371).", "<p>In short, <a href=\"https://example.org/ref/64371\">the &quot;report&quot; (2024)</a>.</p>")]
    [InlineData("See [below](#findings) and [the form](forms/apply.html?lang=en).", "<p>See <a href=\"#findings\">below</a> and <a href=\"forms/apply.html?lang=en\">the form</a>.</p>")]
    [InlineData("[www.example.org](https://example.org/) and a ~ alone", "<p><a href=\"https://example.org/\">www.example.org</a> and a ~ alone</p>")]
    public void Prose_IsWrittenAsMarkdigWouldWriteIt(string markdown, string html)
    {
        Assert.Equal(html, PlainParagraph.TryRender(markdown));
        Assert.Equal(html, Markdig(markdown));
    }

    [Theory]
    [InlineData("")]
    [InlineData("some _emphasis_")]
    [InlineData("some ***both*** words")]
    [InlineData("some **unbalanced* words")]
    [InlineData("some *unbalanced** words")]
    [InlineData("** not strong**")]
    [InlineData("in*word*emphasis")]
    [InlineData("*not closed")]
    [InlineData("*trailing space *")]
    [InlineData("*ends in punctuation.*")]
    [InlineData("*emphasis*followed")]
    [InlineData("*a [link](x) inside*")]
    [InlineData("a ![picture](image.png)")]
    [InlineData("a [link](javascript:alert)")]
    [InlineData("a [link](https://example.org/ \"with a title\")")]
    [InlineData("a [link](https://example.org/a_b)")]
    [InlineData("a [link](https://example.org/%20)")]
    [InlineData("a [ spaced](x)")]
    [InlineData("a [*em*](x)")]
    [InlineData("a [reference][ref]")]
    [InlineData("[ref]: https://example.org/")]
    [InlineData("a [bracket] alone")]
    [InlineData("a ] alone")]
    [InlineData("* item")]
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
    [InlineData("some ~~struck~~ words")]
    [InlineData("[~~struck~~](https://example.org/)")]
    [InlineData("see https://example.org/ now")]
    [InlineData("see WWW.example.org now")]
    [InlineData("write to mailto:a@example.org")]
    [InlineData("*see www.example.org*")]
    [InlineData("\"www.example.org\"")]
    [InlineData("a note[^1]")]
    [InlineData("| a | b |")]
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

            answered += AgreesWithMarkdig(text.ToString()) ? 1 : 0;
        }

        Assert.InRange(answered, 2_000, 20_000);
    }

    /// <summary>
    /// Random prose built from words, punctuation and links and emphasis both well formed and broken in every way the
    /// fast path checks (spaces, brackets, images, titles, unsafe or unusual destinations, neighbours of each
    /// delimiter): whenever the fast path answers, its HTML is Markdig's; and it writes both links and emphasis.
    /// </summary>
    [Fact]
    public void RandomProseWithLinksAndEmphasis_FastPathAlwaysAgreesWithMarkdig()
    {
        string[] pieces =
        [
            "word", "Word", "2024", " ", " ", " ", " ", "\n", ".", ",", ";", ":", "!", "?", "'", "\"", "(", ")", "-", "/", "=",
            " *emphasis*", " *two words*", " *x*", "*Lead*", " **strong**", "**Lead**", " [text](https://example.org/ref/1)", " [two words](#anchor)", "[x](y)",
            "[x](HTTP://A.B)", "[x](a?b=c#d)", "[\"q\"](q)", "[x](/a/b.html)", "[x](a:b)",
            "*", "*", "[", "]", "!", "~", "#",
            "* spaced*", "*open ", " close*", "**", "*a.*", "***", " ***x***", "**x*", "*x**", "** x**", "[x](y z)", "[x](javascript:go)",
            "[x]( y)", "[ x](y)", "[x ](y)", "[x](<y>)", "[x](y \"t\")", "[x]", "[x][y]", "![x](y)", "[x](a(b))",
            "[x](mailto:a)", "[x](%41)", "](", "[](x)", "[x]()",
        ];
        const int WellFormed = 35; // the pieces before this one are words, punctuation and well-formed links and emphasis
        var random = new Random(20261201);
        var (answered, links, emphasis, strong) = (0, 0, 0, 0);
        for (var i = 0; i < 50_000; i++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 14);
            var choices = i % 2 == 0 ? WellFormed : pieces.Length; // half the blocks mostly well formed, half anything
            for (var j = 0; j < count; j++)
            {
                text.Append(pieces[random.Next(choices)]);
            }

            var markdown = text.ToString();
            if (AgreesWithMarkdig(markdown))
            {
                answered++;
                var html = PlainParagraph.TryRender(markdown)!;
                links += html.Contains("<a ", StringComparison.Ordinal) ? 1 : 0;
                emphasis += html.Contains("<em>", StringComparison.Ordinal) ? 1 : 0;
                strong += html.Contains("<strong>", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.InRange(answered, 5_000, 50_000);
        Assert.InRange(links, 1_000, 50_000);
        Assert.InRange(emphasis, 1_000, 50_000);
        Assert.InRange(strong, 500, 50_000);
    }

    /// <summary>True when the fast path answered (and then its HTML is asserted to be Markdig's).</summary>
    private static bool AgreesWithMarkdig(string markdown)
    {
        if (PlainParagraph.TryRender(markdown) is not { } html)
        {
            return false;
        }

        Assert.True(Markdig(markdown) == html, $"fast path differs from Markdig for: {markdown}\n  fast:    {html}\n  Markdig: {Markdig(markdown)}");
        return true;
    }
}
