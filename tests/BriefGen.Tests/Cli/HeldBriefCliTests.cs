using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary><c>build --drafts --now</c>: the flags reach the build, and the summary says what is held and when it changes.</summary>
public sealed class HeldBriefCliTests
{
    [Fact]
    public void Build_HoldsTheDraftUnlessAskedFor_AndSaysWhenTheEmbargoLifts()
    {
        var site = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.WriteAllText(Path.Combine(site, "seeds", "a.md"), "---\ntitle: Public\nembargo: 2025-06-01T09:00:00-04:00\n---\n\nBody.\n");
        File.WriteAllText(Path.Combine(site, "seeds", "b.md"), "---\ntitle: Zzdraft\ndraft: true\n---\n\nBody.\n");

        var held = CliRun.Of("build", site, "--now", "2025-05-01T00:00:00Z");
        var draftPage = Path.Combine(site, "_site", "briefs", "zzdraft", "index.html");
        Assert.False(File.Exists(draftPage), held.Stdout);
        var written = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(Path.Combine(site, "seeds"), StringComparison.Ordinal)).ToList();
        Assert.Contains(written, f => f.EndsWith(".state", StringComparison.Ordinal));
        Assert.All(written, f => Assert.DoesNotContain("zzdraft", File.ReadAllText(f), StringComparison.OrdinalIgnoreCase));
        var drafts = CliRun.Of("build", site, "--now", "2025-06-02T00:00:00Z", "--drafts");

        Assert.Contains("; 2 held; next change 2025-06-01T09:00:00-04:00", held.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(draftPage), drafts.Stdout);
        Assert.Contains("BriefGen: 2 briefs", drafts.Stdout, StringComparison.Ordinal);
        Directory.Delete(site, recursive: true);
    }
}
