using BriefGen.Diagnostics;
using BriefGen.Hashing;
using BriefGen.Output;
using BriefGen.Site;

namespace BriefGen.Incremental;

/// <summary>The state a build starts from and the one it records, with the key every page's input hash starts from.</summary>
/// <param name="Previous">What the previous build into the same folder recorded (empty for a full build).</param>
/// <param name="Next">What this build records, for the next one.</param>
/// <param name="BuildKey">The generator and the configuration: a page's inputs include them.</param>
/// <param name="StateFile">Where the state is kept; null when it is not (builds into memory).</param>
/// <param name="Cache">The generator's memory of the state it saved last.</param>
internal sealed record IncrementalBuild(BuildState Previous, BuildState Next, UInt128 BuildKey, string? StateFile, BuildStateCache? Cache)
{
    /// <summary>A build that neither reuses nor records anything.</summary>
    public static IncrementalBuild None => new(BuildState.Empty, BuildState.Empty, UInt128.Zero, null, null);

    /// <summary>The mirror of the output folder kept beside the state (trusted only when the state listed the folder's files).</summary>
    public SiteMirror? Mirror => StateFile is null ? null : SiteMirror.For(StateFile, Previous.Files);

    /// <summary>
    /// Loads the state of <paramref name="outputDir"/> (kept in <paramref name="stateDir"/>, else beside the folder), from
    /// <paramref name="cache"/> when it holds the state saved last.
    /// </summary>
    public static IncrementalBuild Start(string outputDir, string? stateDir, SiteConfig config, BuildStateCache cache, DiagnosticBag diagnostics)
    {
        var file = BuildState.FileFor(outputDir, stateDir);
        var key = KeyOf(config);
        var previous = BuildState.Load(new StateLocation(file, outputDir, key), diagnostics, cache);
        return new IncrementalBuild(previous, new BuildState(previous.Count, previous.SeedCount), key, file, cache);
    }

    /// <summary>Saves what this build recorded, once the output folder has been swapped in.</summary>
    public void Finish(string outputDir, DiagnosticBag diagnostics)
    {
        if (StateFile is not null)
        {
            Next.Save(new StateLocation(StateFile, outputDir, BuildKey), Previous, diagnostics, Cache);
        }
    }

    /// <summary>
    /// The generator build (its module version id changes with every change of code or built-in template) and every
    /// setting: a change to either makes every page's inputs differ.
    /// </summary>
    private static UInt128 KeyOf(SiteConfig c)
    {
        var hasher = new InputHasher().Add(typeof(IncrementalBuild).Assembly.ManifestModule.ModuleVersionId.ToString())
            .Add(c.Title).Add(c.Description).Add(c.BaseUrl).Add(c.Language).Add(c.Publisher).Add(c.Favicon).Add(c.PageSize).Add(c.FeedSize)
            .Add(c.Permalink).Add(c.Templates).Add(c.Output).Add(c.ShowRelated ? 1 : 0).Add(c.AllowRawHtml ? 1 : 0)
            .Add(c.MaxSeedBytes).Add(c.SitemapUrlLimit).Add(c.BriefJson ? 1 : 0).Add(c.Search ? 1 : 0).Add(c.Strict ? 1 : 0);
        AddAll(hasher, [.. c.MarkdownExtensions.Select(e => e.ToString())]);
        return AddStrings(AddMenu(AddMenu(AddAll(AddAll(AddAll(hasher, c.ChromeLines), c.Taxonomies), c.Themes), c.Menu), c.FooterMenu), c.Strings).Finish();
    }

    private static InputHasher AddStrings(InputHasher hasher, IReadOnlyList<StringOverride> overrides)
    {
        hasher.Add(overrides.Count);
        foreach (var o in overrides)
        {
            hasher.Add(o.Key).Add(o.Form).Add(o.Text).Add(o.Line).Add(o.Column);
        }

        return hasher;
    }

    private static InputHasher AddMenu(InputHasher hasher, IReadOnlyList<MenuEntry> entries)
    {
        hasher.Add(entries.Count);
        foreach (var e in entries)
        {
            hasher.Add(e.Title).Add((int)e.Target).Add(e.Value).Add(e.Line).Add(e.Column);
        }

        return hasher;
    }

    private static InputHasher AddAll(InputHasher hasher, IReadOnlyList<string> items)
    {
        hasher.Add(items.Count);
        foreach (var item in items)
        {
            hasher.Add(item);
        }

        return hasher;
    }
}
