using BriefGen.Diagnostics;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using BriefGen.Tests.Infrastructure;
using Scriban.Runtime;

namespace BriefGen.Tests.Rendering;

public sealed class PageRendererTests
{
    private static (string? Text, RenderScope Scope) Render(string page)
        => TemplateHarness.Render(TemplateHarness.RendererWith(("page", page)).Renderer, "page");

    [Theory]
    [InlineData("{{ capture a }}<b>{{ capture c }}<i>{{ '&' }}</i>{{ end }}{{ c }}</b>{{ end }}{{ a }}", "<b><i>&amp;</i></b>\n")]
    [InlineData("{{ if true }}{{ for i in 1..2 }}{{ capture c }}<{{ i }}>{{ end }}{{ c }}{{ end }}{{ end }}", "<1><2>\n")]
    [InlineData("", "\n")]
    public void Captures_AtAnyDepth_HoldMarkupThatIsNotEscapedAgain(string page, string expected)
    {
        var (text, scope) = Render(page);

        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal(expected, text);
    }

    /// <summary>Each thread reuses its template context from page to page: nothing of one page may reach the next.</summary>
    [Fact]
    public void PagesRenderedOneAfterAnother_SeeNothingOfEachOther()
    {
        var (renderer, _) = TemplateHarness.RendererWith(
            ("reader", "[{{ x }}|{{ $z }}]\n  {{ 'a\nb' }}\n{{ i = 0; while i < 9000; i = i + 1; end }}"),
            ("writer", "{{ x = 'leak'; $z = 'local'; i = 0; while i < 9000; i = i + 1; end }}\n"),
            ("broken", "{{ x = 'half'; capture c }}{{ include 'missing' }}{{ end }}"));

        var first = TemplateHarness.Render(renderer, "reader");
        TemplateHarness.Render(renderer, "writer");
        var afterWriter = TemplateHarness.Render(renderer, "reader");
        var failed = TemplateHarness.Render(renderer, "broken");
        var afterFailure = TemplateHarness.Render(renderer, "reader");

        Assert.Equal("[|]\n  a\n  b\n", first.Text);
        Assert.Equal(first.Text, afterWriter.Text);
        Assert.Null(failed.Text);
        Assert.Equal(first.Text, afterFailure.Text);
        Assert.Empty(afterFailure.Scope.Diagnostics.ToImmutable());
    }

    /// <summary>A sitemap of 50,000 URLs is ~7 M characters; Scriban's default budget cut pages at 1 Mi.</summary>
    [Fact]
    public void PageOfSeveralMillionCharacters_IsWrittenWhole()
    {
        var (text, scope) = Render("{{ capture body }}{{ for i in 1..100000 }}<url>0123456789012345678901234567890123456789</url>\n{{ end }}{{ end }}{{ body }}");

        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal(100_000 * 52, text!.Length); // the last line end trimmed, one added
        Assert.EndsWith("</url>\n", text);
    }

    [Fact]
    public void RunawayOutput_IsATemplateLimitError_NotATruncatedPage()
    {
        var (text, scope) = Render("{{ s = 'x' | string.pad_left 100000 }}{{ for i in 1..1000 }}{{ s }}{{ end }}");

        Assert.Null(text);
        var d = Assert.Single(scope.Diagnostics.ToImmutable());
        Assert.Equal(Descriptors.TemplateLimit.Id, d.Id);
    }

    [Fact]
    public void WhileLoopThatNeverEnds_IsStoppedWithALocatedTemplateLimitError()
    {
        var (text, scope) = Render("<p>\n  {{ while true }}x{{ end }}");

        Assert.Null(text);
        var d = Assert.Single(scope.Diagnostics.ToImmutable());
        Assert.Equal((Descriptors.TemplateLimit.Id, 2, 6), (d.Id, d.Line, d.Column)); // at "while"
        Assert.EndsWith("page", d.Path, StringComparison.Ordinal);
    }

    /// <summary>Scriban adds up the steps of nested loops; loops over data are as long as the data, however nested.</summary>
    [Fact]
    public void NestedForLoopsOverData_RunToTheEnd()
    {
        var (text, scope) = Render("{{ n = 0 }}{{ for a in 1..500 }}{{ for b in 1..500 }}{{ n = n + 1 }}{{ end }}{{ end }}{{ n }}");

        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal("250000\n", text);
    }

    /// <summary>Whatever object a template reads a URL member of, an unsafe URL reads as null; other members as they are.</summary>
    [Fact]
    public void UrlMembersOfAnyObject_ReadAsNullWhenUnsafe()
    {
        var data = new ScriptObject { ["url"] = "JaVaScRiPt:x", ["next_url"] = "data:x", ["loc"] = "vbscript:x", ["text"] = "javascript:kept", ["home_url"] = "https://ok.example/" };

        var (text, scope) = TemplateHarness.Render(TemplateHarness.RendererWith(("page", "{{ d.url }}|{{ d[\"next_url\"] }}|{{ d.loc }}|{{ d.text }}|{{ d.home_url }}|{{ d.url ?? 'none' }}")).Renderer, "page", ("d", data));

        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal("|||javascript:kept|https://ok.example/|none\n", text);
    }
}
