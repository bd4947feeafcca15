using BriefGen.Diagnostics;
using BriefGen.Rendering;
using BriefGen.Tests.Infrastructure;

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
}
