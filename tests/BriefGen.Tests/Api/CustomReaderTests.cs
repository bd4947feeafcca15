using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Api;

/// <summary>
/// The library's extension point, used only through the public API: a generator given another seed format
/// (<see cref="ISeedReader"/>) builds a site from its files next to the built-in formats.
/// </summary>
public sealed class CustomReaderTests
{
    [Fact]
    public void AGeneratorWithAnotherReader_BuildsItsSeedsBesideTheBuiltInOnes()
    {
        var site = NewSite();
        File.WriteAllText(Path.Combine(site, "seeds", "grid.brief"), "title = Power Grids Under Strain\nslug = power-grids\ntopics = Energy, Infrastructure\n\nTransmission lines age.\n\nInvestment lags.\n");
        File.WriteAllText(Path.Combine(site, "seeds", "water.md"), "---\ntitle: Water Rights\ntopics: [Energy]\n---\nRivers cross borders.\n");
        var output = Path.Combine(site, "_site");

        var result = new BriefGenerator([new KeyValueReader()]).Build(new SiteBuildOptions { SiteDir = site, OutputDir = output });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.BriefCount);
        var page = File.ReadAllText(Path.Combine(output, "briefs", "power-grids", "index.html"));
        Assert.Contains("Power Grids Under Strain", page, StringComparison.Ordinal);
        Assert.Contains("Investment lags.", page, StringComparison.Ordinal);
        var topic = File.ReadAllText(Path.Combine(output, "topics", "energy", "index.html"));
        Assert.Contains("Power Grids Under Strain", topic, StringComparison.Ordinal);
        Assert.Contains("Water Rights", topic, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultGenerator_IgnoresTheOtherFormat_AndTheReadersDiagnosticsAreLocated()
    {
        var site = NewSite();
        File.WriteAllText(Path.Combine(site, "seeds", "a.md"), "---\ntitle: A\n---\nBody.\n");
        File.WriteAllText(Path.Combine(site, "seeds", "untitled.brief"), "slug = nothing\n");

        var plain = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(site, "plain") });
        var custom = new BriefGenerator([new KeyValueReader()]).Build(new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(site, "custom") });

        Assert.True(plain.Succeeded);
        Assert.Equal(1, plain.BriefCount);
        var error = Assert.Single(custom.Diagnostics, d => d.IsError);
        Assert.Equal(("BG1007", "seeds/untitled.brief", 1), (error.Id, error.Path, error.Line));
        Assert.False(Directory.Exists(Path.Combine(site, "custom")));
    }

    [Fact]
    public void AReaderForABuiltInExtension_ReplacesTheBuiltInReader()
    {
        var site = NewSite();
        File.WriteAllText(Path.Combine(site, "seeds", "grid.md"), "title = Read By The Other Reader\nslug = other\n\nBody.\n");

        var result = new BriefGenerator([new KeyValueReader([".md"])]).Build(new SiteBuildOptions { SiteDir = site, OutputDir = Path.Combine(site, "_site") });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("Read By The Other Reader", File.ReadAllText(Path.Combine(site, "_site", "briefs", "other", "index.html")), StringComparison.Ordinal);
    }

    private static string NewSite()
    {
        var site = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "title: Custom\nbaseUrl: https://example.org/\n");
        return site;
    }

    /// <summary>A seed format of <c>key = value</c> lines, then the body's paragraphs after a blank line.</summary>
    private sealed class KeyValueReader(IReadOnlyList<string>? extensions = null) : ISeedReader
    {
        public IReadOnlyList<string> Extensions { get; } = extensions ?? [".brief"];

        public ReadResult Read(SourceText source, ReaderOptions options)
        {
            var parts = source.Text.ReplaceLineEndings("\n").Split("\n\n", 2);
            var fields = parts[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2))
                .ToDictionary(kv => kv[0].Trim(), kv => kv.Length > 1 ? kv[1].Trim() : "", StringComparer.Ordinal);
            if (!fields.TryGetValue("title", out var title))
            {
                var bag = new DiagnosticBag();
                bag.Report(Descriptors.NoTitle, source.Path, 1, 1, "a .brief seed needs a 'title = …' line");
                return new ReadResult(null, bag.ToImmutable());
            }

            var paragraphs = parts.Length > 1 ? parts[1].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var brief = new Brief
            {
                Title = TextNormalizer.Normalize(title),
                Slug = fields.TryGetValue("slug", out var slug) ? slug : Slug.From(title),
                Topics = fields.TryGetValue("topics", out var topics) ? [.. topics.Split(',', StringSplitOptions.TrimEntries)] : [],
                Sections = [new Section(null, paragraphs)],
            };
            return new ReadResult(brief, []);
        }
    }
}
