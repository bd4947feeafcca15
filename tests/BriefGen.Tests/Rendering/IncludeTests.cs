using System.Text;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using BriefGen.Tests.Infrastructure;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefGen.Tests.Rendering;

/// <summary>
/// Our <c>include</c> renders into pooled buffers instead of Scriban's fresh ones, or straight into the output when it is
/// a statement of its own; these hold its output to Scriban's own <c>include</c> for every feature it re-implements
/// (arguments, named arguments, scopes, indentation, nesting, recursion, captures, pipes). The texts have nothing to escape, so escaping cannot hide a difference.
/// </summary>
public sealed class IncludeTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "positional arguments", "{{ include 'p' 'x' 2 }}", "[{{ $0 }}|{{ $1 }}|{{ $2 }}|{{ $.size }}]" },
        { "named arguments stay local", "{{ include 'p' title: 'T' n: 3 }}({{ title }})", "{{ title }}-{{ n }}" },
        { "globals assigned inside are visible after", "{{ include 'p' }}{{ y }}", "{{ y = 5 }}" },
        { "locals assigned inside are not", "{{ include 'p' }}[{{ $z }}]", "{{ $z = 1 }}" },
        { "indented include", "<ul>\n  {{ include 'p' }}\n</ul>\n", "a\nb\n\nc\n" },
        { "indented nested include", "x\n    {{ include 'p' 1 }}\ny\n", "{{ if $1 < 3 }}line {{ $1 }}\n  {{ include 'p' ($1 + 1) }}\n{{ end }}" },
        { "result assigned, then printed indented", "{{ v = include 'p' }}\n  {{ v }}\nend\n", "a\nb\n" },
        { "recursion", "{{ include 'p' 0 }}", "{{ if $1 < 5 }}{{ $1 }},{{ include 'p' ($1 + 1) }}{{ end }}" },
        { "inside a loop and a capture", "{{ for i in 1..3 }}{{ capture c }}{{ include 'p' i }}{{ end }}<{{ c }}>{{ end }}", "n{{ $1 }}\n" },
        { "white space control", "a\n  {{~ include 'p' ~}}  \nb\n", "\nx\ny\n\n" },
        { "text after an include that ended a line", "  {{ include 'p' }}{{ 'z' }}\n  q\n", "one\n" },
        { "an empty include, then indented text", "a\n{{ include 'p' }}\n  {{ 'x' }}\n  y\n", "" },
        { "an empty include assigned", "{{ v = include 'p' }}[{{ v }}]", "" },
        { "a line-start include of an indented partial", "a\n{{ include 'p' }}\nb\n{{ include 'p' }}", "  {{ 'x\ny' }}\n  z\n" },
        { "an empty line-start include, then an indented value", "a\n{{ include 'p' }}{{ 'x\ny' }}\n", "" },
        { "an include inside a function, called as a statement and as a value", "{{ func f }}[{{ include 'p' }}]{{ end }}{{ f }}|{{ x = f }}({{ x }})", "a" },
        { "an include inside a with block and an if expression", "{{ with {y: 1} }}{{ include 'p' }}{{ end }}{{ true ? (include 'p') : '' }}", "b{{ y }}" },
        { "a piped include", "{{ include 'p' | string.upcase }}", "abc\n" },
        { "includes as statements in indented blocks", "<div>\n    {{ if true }}\n    {{ include 'p' }}\n    {{ end }}\n{{ include 'p' }}{{ include 'p' }}</div>\n", "a\nb\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Include_RendersAsScribansOwn(string why, string page, string partial)
    {
        var scriban = Template.Parse(page).Render(new TemplateContext { TemplateLoader = new TwoTemplates(partial), NewLine = "\n" });
        var expected = Encoding.UTF8.GetString(PageBytes.Encode(scriban).Span); // as a page is written

        var actual = Ours(page, partial);

        Assert.True(expected == actual, $"{why}: expected\n{expected}\nbut got\n{actual}");
    }

    private static string? Ours(string page, string partial)
    {
        var (text, scope) = TemplateHarness.Render(TemplateHarness.RendererWith(("page", page), ("p", partial)).Renderer, "page");
        Assert.Empty(scope.Diagnostics.ToImmutable().Where(d => d.Id != "BG3008")); // some cases read a variable where it is not set, on purpose
        return text;
    }

    private sealed class TwoTemplates(string partial) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => partial;

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(partial);
    }
}
