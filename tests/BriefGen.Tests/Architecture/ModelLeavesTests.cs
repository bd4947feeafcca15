using System.Collections;
using System.Globalization;
using BriefGen.Model;
using BriefGen.Site;
using Xunit.Sdk;

namespace BriefGen.Tests.Architecture;

/// <summary>The field-coverage tests stand on <see cref="ModelLeaves"/>: its full brief really is full, and its variants really differ in one leaf.</summary>
public sealed class ModelLeavesTests
{
    [Fact]
    public void Filled_Brief_GivesEveryNodeADistinctNonDefaultValue()
    {
        var nodes = ModelLeaves.Nodes(ModelLeaves.Filled<Brief>());

        var texts = nodes.Select(n => n.Value).OfType<string>().ToList();
        ModelLeaves.AssertNone(nodes.Where(n => n.Value is null).Select(n => $"{n.Path} is null"));
        ModelLeaves.AssertNone(nodes.Where(n => n.Shape == ModelLeaves.NodeShape.List && !((IEnumerable)n.Value!).Cast<object>().Any()).Select(n => $"{n.Path} is empty"));
        ModelLeaves.AssertNone(nodes.Where(n => n.Value is Enum e && Convert.ToInt64(e, CultureInfo.InvariantCulture) == 0).Select(n => $"{n.Path} has its default"));
        ModelLeaves.AssertNone(
            from a in texts
            from b in texts
            where !ReferenceEquals(a, b) && b.Contains(a, StringComparison.Ordinal)
            select $"'{a}' is inside '{b}'");
        Assert.Contains(nodes, n => n.Path == "Authors[0].Bio" && n.Nullable);
        Assert.Contains(nodes, n => n.Path == "Image" && n.Nullable && n.Shape == ModelLeaves.NodeShape.Record);
        Assert.Contains(nodes, n => n.Path == "Sections[0].Paragraphs[0]" && !n.Nullable);
        Assert.Contains(nodes, n => n.Path == "Format" && Equals(n.Value, BriefFormat.Markdown));
    }

    [Fact]
    public void Variants_OfAScalar_DifferInThatLeafAlone()
    {
        var full = ModelLeaves.Filled<Brief>();
        var before = ModelLeaves.Snapshot(full);
        var scalars = ModelLeaves.Nodes(full).Where(n => n.Shape == ModelLeaves.NodeShape.Scalar).Select(n => n.Path).ToHashSet();

        var variants = ModelLeaves.Variants(full).Where(v => scalars.Contains(v.Name)).ToList();

        Assert.Equal(scalars.Count, variants.Count);
        ModelLeaves.AssertNone(
            from v in variants
            let differences = ModelLeaves.Differences(full, v.Value).ToList()
            where differences.Count != 1 || differences[0].Path != v.Name
            select $"{v.Name}: the variant differs in {string.Join("; ", differences)}");
        Assert.Empty(ModelLeaves.Differences(before, ModelLeaves.Snapshot(full))); // the original is left as it was
    }

    [Fact]
    public void Variants_NullsAndEmptyLists_DifferInThatNodeAlone()
    {
        var full = ModelLeaves.Filled<Brief>();

        var variants = ModelLeaves.Variants(full).Where(v => v.Name.EndsWith(" = null", StringComparison.Ordinal) || v.Name.EndsWith(" = []", StringComparison.Ordinal)).ToDictionary(v => v.Name, v => v.Value);

        Assert.Null(variants["Image = null"].Image);
        Assert.Null(variants["Authors[0].Bio = null"].Authors[0].Bio);
        Assert.Empty(variants["Sections[0].Paragraphs = []"].Sections[0].Paragraphs);
        Assert.DoesNotContain("Title = null", variants.Keys); // not nullable
        Assert.Equal(["Image"], ModelLeaves.Differences(full, variants["Image = null"]).Select(d => d.Path).Take(1));
    }

    [Fact]
    public void Filled_SiteConfig_SetsInternalAndListSettings()
    {
        var config = ModelLeaves.Filled<SiteConfig>();

        Assert.NotEqual(new SiteConfig().SitemapUrlLimit, config.SitemapUrlLimit);
        Assert.Single(config.ChromeLines);
        Assert.True(config.Strict);
    }

    private sealed record Dated(string Name, DateTimeOffset When);

    [Fact]
    public void Filled_PropertyOfAnUnknownType_FailsNamingIt()
    {
        var e = Assert.Throws<FailException>(() => ModelLeaves.Filled<Dated>());

        Assert.StartsWith("ModelLeaves cannot fill When (a DateTimeOffset)", e.Message, StringComparison.Ordinal);
    }
}
