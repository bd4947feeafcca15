using BriefGen.Model;
using BriefGen.Rendering.Markup;
using BriefGen.Site;

namespace BriefGen.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Theory]
    [InlineData("[a](javascript:x) and <javascript:alert(1)> and [b](https://ok.example/)", "javascript:x|javascript:alert(1)", "<p>a and javascript:alert(1) and <a href=\"https://ok.example/\">b</a></p>")]
    [InlineData("[![img](javascript:y) *em [c](data:z)*](javascript:x)", "javascript:y|data:z", "<p>[img <em>em c</em>](javascript:x)</p>")]
    [InlineData("> quote [q](vbscript:q)\n>\n> - item <data:text/html,x>", "vbscript:q|data:text/html,x", "<blockquote>\n<p>quote q</p>\n<ul>\n<li>item data:text/html,x</li>\n</ul>\n</blockquote>")]
    [InlineData("[![img](javascript:y) [d](ftp:w)", "javascript:y|ftp:w", "<p>[img d</p>")]
    [InlineData("[![inner](javascript:y)](javascript:x)", "javascript:x|javascript:y", "<p>inner</p>")]
    [InlineData("plain *text*", "", "<p>plain <em>text</em></p>")]
    public void UnsafeLinks_LoseTheLink_AndAreReportedInDocumentOrder(string markdown, string reported, string html)
    {
        var found = new List<string>();

        var text = new MarkdownRenderer(allowRawHtml: false, Enum.GetValues<MarkdownExtension>()).Render(markdown, found.Add);

        Assert.Equal(html, text);
        Assert.Equal(reported, string.Join("|", found));
    }

    /// <summary>Markdig refuses inline nesting past its limit: the caller gets null (and prints the block as text), never an exception.</summary>
    [Theory]
    [InlineData("brackets")]
    [InlineData("emphasis")]
    [InlineData("quotes")]
    public void BlockNestedTooDeep_IsRefused_InBoundedTime(string shape)
    {
        var markdown = shape switch
        {
            "brackets" => new string('[', 100_000),
            "emphasis" => string.Concat(Enumerable.Repeat("*_", 200_000)),
            _ => new string('>', 100_000) + " x",
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var html = new MarkdownRenderer(allowRawHtml: false, Enum.GetValues<MarkdownExtension>()).Render(markdown, _ => { });

        Assert.Null(html);
        Assert.True(clock.ElapsedMilliseconds < 2_000, $"{clock.ElapsedMilliseconds} ms");
    }

    private static readonly MarkdownRenderer Renderer = new(allowRawHtml: false, Enum.GetValues<MarkdownExtension>());

    private static Section Section(string? heading, params string[] blocks) => new(heading, blocks);

    [Fact]
    public void RenderBody_ReferenceDefinedInAnotherSection_Resolves_AndTheDefinitionPrintsNothing()
    {
        var body = Renderer.RenderBody([Section(null, "See [the report][r] and [this][R]."), Section("Sources", "[r]: https://example.org/r 'The report'")], _ => { });

        Assert.Equal("<p>See <a href=\"https://example.org/r\" title=\"The report\">the report</a> and <a href=\"https://example.org/r\" title=\"The report\">this</a>.</p>", body.Sections[0][0]);
        Assert.Equal("", body.Sections[1][0]);
        Assert.Null(body.FootnotesHtml);
    }

    [Fact]
    public void RenderBody_Footnotes_AreReferencedFromTheBlocks_AndWrittenOnce()
    {
        var body = Renderer.RenderBody([Section(null, "One[^a].", "[^a]: The note.\n\n    Its second paragraph."), Section("More", "Two[^b] and one[^a].", "[^b]: Other.")], _ => { });

        Assert.Equal("<p>One<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>.</p>", body.Sections[0][0]);
        Assert.Equal(("", ""), (body.Sections[0][1], body.Sections[1][1]));
        Assert.Equal(
            "<section class=\"footnotes\">\n<h2 class=\"footnotes-title\">Notes</h2>\n<ol>\n<li id=\"fn:1\">\n<p>The note.</p>\n<p>Its second paragraph.<a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a><a href=\"#fnref:2\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n"
            + "<li id=\"fn:2\">\n<p>Other.<a href=\"#fnref:3\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</section>",
            body.FootnotesHtml);
    }

    /// <summary>Blocks the seed kept apart stay apart in the joined document: a paragraph rendered without it (plain prose) still separates two lists, a section break ends a list.</summary>
    [Fact]
    public void RenderBody_BlocksStayApart_AsInTheSeed()
    {
        var body = Renderer.RenderBody([Section(null, "- a", "Plain prose.", "- b"), Section("Next", "    code")], _ => { });

        Assert.Equal(["<ul>\n<li>a</li>\n</ul>", "<p>Plain prose.</p>", "<ul>\n<li>b</li>\n</ul>"], body.Sections[0]);
        Assert.Equal(["<pre><code>code\n</code></pre>"], body.Sections[1]);
    }

    [Fact]
    public void RenderBody_UnsafeReferenceDefinitionsAndAutolinks_LoseTheLink_AndAreReported()
    {
        var found = new List<string>();

        var body = Renderer.RenderBody([Section(null, "A [bad][x], then ftp://files.example.org/a and www.example.org.", "[x]: javascript:alert(1)")], found.Add);

        Assert.Equal("<p>A bad, then ftp://files.example.org/a and <a href=\"https://www.example.org\">www.example.org</a>.</p>", body.Sections[0][0]);
        Assert.Equal(["javascript:alert(1)", "ftp://files.example.org/a"], found);
    }

    /// <summary>A block Markdig refuses is left to be printed as text; the others still render.</summary>
    [Fact]
    public void RenderBody_BlockNestedTooDeep_IsRefusedAlone()
    {
        var body = Renderer.RenderBody([Section(null, "First *one*, see [x].", new string('>', 1_000) + " deep", "[x]: https://example.org/")], _ => { });

        Assert.Equal(["<p>First <em>one</em>, see [x].</p>", null, ""], body.Sections[0]);
    }
}
