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
}
