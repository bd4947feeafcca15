using System.Reflection;
using BriefGen.Incremental;
using BriefGen.Site;

namespace BriefGen.Tests.Architecture;

/// <summary>
/// The build key (<c>IncrementalBuild.KeyOf</c>) changes with every setting: a build whose settings changed in any way
/// must not keep a page of the previous one. The settings are found by reflection (<see cref="ModelLeaves"/>, internal
/// ones too), so a setting added to <see cref="SiteConfig"/> and not to the key fails here, naming it.
/// </summary>
public sealed class BuildKeyCoverageTests
{
    [Fact]
    public void KeyOf_ChangesWithEverySetting()
    {
        var config = ModelLeaves.Filled<SiteConfig>();
        var key = KeyOf(config);

        ModelLeaves.AssertNone(ModelLeaves.Variants(config).Where(v => KeyOf(v.Value) == key).Select(v => $"IncrementalBuild.KeyOf ignores SiteConfig.{v.Name}"));
    }

    [Fact]
    public void KeyOf_ChangesWithEverySetting_FromTheDefaults()
    {
        var config = new SiteConfig();
        var key = KeyOf(config);

        ModelLeaves.AssertNone(ModelLeaves.Variants(config).Where(v => KeyOf(v.Value) == key).Select(v => $"IncrementalBuild.KeyOf ignores SiteConfig.{v.Name} (from the defaults)"));
    }

    [Fact]
    public void KeyOf_OfEqualSettings_IsEqual()
        => Assert.Equal(KeyOf(ModelLeaves.Filled<SiteConfig>()), KeyOf(ModelLeaves.Filled<SiteConfig>()));

    /// <summary>The private <c>IncrementalBuild.KeyOf</c>, called as <see cref="IncrementalBuild.Start"/> calls it.</summary>
    private static UInt128 KeyOf(SiteConfig config)
    {
        var keyOf = typeof(IncrementalBuild).GetMethod("KeyOf", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SiteConfig)])
            ?? throw new InvalidOperationException("IncrementalBuild.KeyOf(SiteConfig) is gone: point this test at what makes the build key now");
        return (UInt128)keyOf.Invoke(null, [config])!;
    }
}
