using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using BriefGen.Tests.Infrastructure;
using Scriban.Runtime;

namespace BriefGen.Tests.Rendering;

public sealed class IncludeCachedTests
{
    private static (PageRenderer Renderer, IncludeCache Cache) RendererWith(params (string Name, string Text)[] templates)
        => TemplateHarness.RendererWith(templates);

    private static (string? Text, RenderScope Scope) Render(PageRenderer renderer, string template = "page.sbn-html", params (string Name, object? Value)[] vars)
        => TemplateHarness.Render(renderer, template, vars);

    [Fact]
    public void SameKeys_ReuseTheFirstOutput_DistinctKeysRenderAgain()
    {
        // The partial breaks the rule (it reads x, not a key) so that reuse is visible.
        var (renderer, cache) = RendererWith(
            ("page.sbn-html", "{{ x = 1 }}{{ include_cached 'p.sbn-html' 'a' }}{{ x = 2 }}{{ include_cached 'p.sbn-html' 'a' }}{{ include_cached 'p.sbn-html' 'b' }}{{ include_cached 'p.sbn-html' 'a' 1 }}"),
            ("p.sbn-html", "[{{ x }}]"));

        var (text, scope) = Render(renderer);

        Assert.Equal("[1][1][2][2]\n", text);
        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal(3, cache.Count);
    }

    /// <summary>A cached include inside a cached include: each output is stored under its own key, and reused.</summary>
    [Fact]
    public void NestedCachedIncludes_AreStoredUnderTheirOwnKeys()
    {
        // Both partials read x, not their keys, so that a reuse is visible.
        var (renderer, cache) = RendererWith(
            ("page.sbn-html", "{{ x = 1 }}{{ include_cached 'outer.sbn-html' 'o' }}{{ x = 2 }}{{ include_cached 'outer.sbn-html' 'o' }}{{ include_cached 'inner.sbn-html' 'i' }}"),
            ("outer.sbn-html", "O{{ x }}({{ include_cached 'inner.sbn-html' 'i' }})"),
            ("inner.sbn-html", "I{{ x }}"));

        var (text, scope) = Render(renderer);

        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal("O1(I1)O1(I1)I1\n", text);
        Assert.Equal(2, cache.Count);
    }

    /// <summary>Keys longer than the reused key buffer, and many of them, find their entries as short ones do.</summary>
    [Fact]
    public void LongKeys_AreFoundAgain()
    {
        var (renderer, cache) = RendererWith(
            ("page.sbn-html", "{{ for i in 1..3 }}{{ for j in 1..2 }}{{ include_cached 'p.sbn-html' (i | string.pad_left 600) }}{{ end }}{{ end }}"),
            ("p.sbn-html", "{{ $1 | string.size }},"));

        Assert.Equal("600,600,600,600,600,600,\n", Render(renderer).Text);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void Output_IsTrustedLikeInclude_AndSeesTheKeysAsArguments()
    {
        var (renderer, _) = RendererWith(
            ("page.sbn-html", "{{ include 'p.sbn-html' 'a&b' }}|{{ include_cached 'p.sbn-html' 'a&b' }}"),
            ("p.sbn-html", "<b>{{ $1 }}</b>"));

        Assert.Equal("<b>a&amp;b</b>|<b>a&amp;b</b>\n", Render(renderer).Text);
    }

    [Fact]
    public void KeysOfDifferentTypes_DoNotShareAnEntry()
    {
        var (renderer, cache) = RendererWith(
            ("page.sbn-html", "{{ include_cached 'p.sbn-html' '1' }}{{ include_cached 'p.sbn-html' 1 }}{{ include_cached 'p.sbn-html' true }}{{ include_cached 'p.sbn-html' null }}{{ include_cached 'p.sbn-html' 'a b' }}{{ include_cached 'p.sbn-html' 'a' 'b' }}"),
            ("p.sbn-html", "."));

        Assert.Equal("......\n", Render(renderer).Text);
        Assert.Equal(6, cache.Count);
    }

    [Fact]
    public void ObjectKey_IsLocatedRuntimeError()
    {
        var (renderer, cache) = RendererWith(("page.sbn-html", "ok\n{{ include_cached 'p.sbn-html' site }}"), ("p.sbn-html", "."));

        var (text, scope) = Render(renderer, vars: ("site", new ScriptObject()));

        Assert.Null(text);
        var error = Assert.Single(scope.Diagnostics.ToImmutable());
        Assert.Equal(("BG3002", 2), (error.Id, error.Line));
        Assert.Contains("include_cached keys", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Hit_RecordsThePartialAndItsNestedIncludes()
    {
        var (renderer, _) = RendererWith(
            ("page.sbn-html", "{{ include_cached '_partials/card.sbn-html' 'k' }}"),
            ("other.sbn-html", "{{ include_cached '_partials/card.sbn-html' 'k' }}"),
            ("_partials/card.sbn-html", "card {{ include '_partials/byline.sbn-html' }} {{ include_cached '_partials/inner.sbn-html' }}"),
            ("_partials/byline.sbn-html", "by"),
            ("_partials/inner.sbn-html", "inner"));

        var (first, firstScope) = Render(renderer);
        var (second, secondScope) = Render(renderer, "other.sbn-html");

        Assert.Equal("card by inner\n", first);
        Assert.Equal(first, second);
        Assert.Equal(["_partials/byline.sbn-html", "_partials/card.sbn-html", "_partials/inner.sbn-html", "page.sbn-html"], firstScope.Templates);
        Assert.Equal(["_partials/byline.sbn-html", "_partials/card.sbn-html", "_partials/inner.sbn-html", "other.sbn-html"], secondScope.Templates);
    }

    [Fact]
    public void FailedRender_IsNotCached()
    {
        var (renderer, cache) = RendererWith(
            ("page.sbn-html", "{{ include_cached 'p.sbn-html' 'k' }}"),
            ("p.sbn-html", "{{ if broken }}{{ include 'missing.sbn-html' }}{{ end }}fine"));

        var (failed, failedScope) = Render(renderer, vars: ("broken", true));
        Assert.Null(failed);
        Assert.Equal("BG3003", Assert.Single(failedScope.Diagnostics.ToImmutable()).Id);
        Assert.Equal(0, cache.Count);

        var (text, scope) = Render(renderer, vars: ("broken", false));
        Assert.Equal("fine\n", text);
        Assert.Empty(scope.Diagnostics.ToImmutable());
        Assert.Equal(1, cache.Count);
    }

    [Theory]
    [InlineData("../secret.sbn-html")]
    [InlineData("/etc/passwd")]
    public void NameLeavingTheTemplates_IsRefusedEveryTime(string target)
    {
        var (renderer, cache) = RendererWith(("page.sbn-html", $"x\n  {{{{ include_cached '{target}' 'k' }}}}"));

        for (var i = 0; i < 2; i++)
        {
            var (text, scope) = Render(renderer);
            Assert.Null(text);
            var error = Assert.Single(scope.Diagnostics.ToImmutable());
            Assert.Equal(("BG3004", 2, 6), (error.Id, error.Line, error.Column));
        }

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void FullBudget_StillRendersButStoresNothingMore()
    {
        var cache = new IncludeCache(budget: 10);

        cache.Add("k1", new RawHtml("12345"), ["a"]);
        cache.Add("k2", new RawHtml("12345"), ["a"]);

        Assert.True(cache.TryGet("k1", out _));
        Assert.False(cache.TryGet("k2", out _));
    }

    [Fact]
    public void ParallelPages_ShareEntries_AndEachRecordsTemplates()
    {
        var (renderer, cache) = RendererWith(
            ("page.sbn-html", "{{ include_cached 'p.sbn-html' n }}"),
            ("p.sbn-html", "<{{ $1 }}>{{ include 'q.sbn-html' }}"),
            ("q.sbn-html", "q"));

        var results = new (string? Text, RenderScope Scope)[400];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Render(renderer, vars: ("n", i % 10)));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal($"<{i % 10}>q\n", results[i].Text);
            Assert.Equal(["p.sbn-html", "page.sbn-html", "q.sbn-html"], results[i].Scope.Templates);
        }

        Assert.Equal(10, cache.Count);
    }
}
