using System.Text;
using BriefGen.Output;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Site;

/// <summary>Seeds named explicitly (<see cref="SiteBuildOptions.Seeds"/>, as the MSBuild task passes them) behave like discovered ones.</summary>
public sealed class ExplicitSeedsTests
{
    [Fact]
    public void Build_ExplicitSeedWithSidecar_AppliesTheSidecar()
    {
        var site = TestSite.TempDir();
        var seeds = Directory.CreateDirectory(Path.Combine(site, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "x.md"), "---\ntitle: Original Title\nkind: Article\n---\n\nBody.\n");
        File.WriteAllText(Path.Combine(seeds, "x.yml"), "kind: Backgrounder\n");
        var writer = new InMemorySiteWriter();

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site, Seeds = [Path.Combine(seeds, "x.md")] }, _ => writer);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        var json = Encoding.UTF8.GetString(writer.Files["briefs/original-title/brief.json"]);
        Assert.Contains("\"kind\": \"Backgrounder\",", json, StringComparison.Ordinal);
        Directory.Delete(site, recursive: true);
    }

    [Fact]
    public void Build_ReadErrorAndSlugCollision_ReportsBothInOneRun()
    {
        var site = TestSite.TempDir();
        var seeds = Directory.CreateDirectory(Path.Combine(site, "seeds")).FullName;
        File.WriteAllBytes(Path.Combine(seeds, "empty.txt"), []);
        File.WriteAllText(Path.Combine(seeds, "a.md"), "---\ntitle: Same Title\n---\n\nA.\n");
        File.WriteAllText(Path.Combine(seeds, "b.md"), "---\ntitle: Same title\n---\n\nB.\n");

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site }, _ => new InMemorySiteWriter());

        Assert.Contains(result.Diagnostics, d => d.Id == "BG1001" && d.Path == "seeds/empty.txt");
        Assert.Contains(result.Diagnostics, d => d.Id == "BG2001" && d.Path == "seeds/b.md");
        Assert.Empty(result.Files);
        Directory.Delete(site, recursive: true);
    }
}
