using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>
/// docs/msbuild.md's way before the first release: the package committed in the site repository's <c>packages/</c>
/// and a <c>nuget.config</c> naming that folder by a relative path, so a fresh clone anywhere restores and builds.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class RelativeFeedTests(PackedFeed feed) : EndToEndTest(feed)
{
    [Fact]
    public void Build_FreshCloneWithRelativeFeedAndEmptyPackagesFolder_RestoresAndGeneratesSite()
    {
        var site = Consumer.Create(Feed, "siterepo");
        var package = $"BriefGen.MSBuild.{Feed.Version}.nupkg";
        site.CopyIn(Path.Combine(Feed.FeedDir, package), "packages/" + package);
        site.WriteNuGetConfig("packages");
        Git.Run(site.Dir, "init", "--quiet");
        Git.Run(site.Dir, "add", "--all");
        Git.Run(site.Dir, "commit", "--quiet", "-m", "A site with its BriefGen package");

        var clone = Path.Combine(Feed.Root, "clone-" + Guid.NewGuid().ToString("N")[..8]);
        Git.Run(Feed.Root, "clone", "--quiet", site.Dir, clone);
        var emptyPackages = Directory.CreateDirectory(Path.Combine(Feed.Root, "packages-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var build = DotNet.Run(clone, new Dictionary<string, string> { ["NUGET_PACKAGES"] = emptyPackages }, "build", "-nodeReuse:false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(clone, "_site", "index.html")), "the clone's build generated no site:\n" + build);
        Assert.True(Directory.Exists(Path.Combine(emptyPackages, "briefgen.msbuild", Feed.Version)), "the package was not restored from the clone's packages/ folder");
    }
}
