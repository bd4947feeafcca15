using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>
/// docs/msbuild.md's way before the first release: the package committed in the site repository's <c>packages/</c>
/// and a <c>nuget.config</c> naming that folder by a relative path, so a fresh clone anywhere restores and builds.
/// </summary>
[Collection(EndToEndCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RelativeFeedTests(PackedFeed feed) : IDisposable
{
    [Fact]
    public void Build_FreshCloneWithRelativeFeedAndEmptyPackagesFolder_RestoresAndGeneratesSite()
    {
        var site = Consumer.Create(feed, "siterepo");
        var package = $"BriefGen.MSBuild.{feed.Version}.nupkg";
        site.CopyIn(Path.Combine(feed.FeedDir, package), "packages/" + package);
        site.Write("nuget.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="briefgen-local" value="packages" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>

            """);
        Git.Run(site.Dir, "init", "--quiet");
        Git.Run(site.Dir, "add", "--all");
        Git.Run(site.Dir, "commit", "--quiet", "-m", "A site with its BriefGen package");

        var clone = Path.Combine(feed.Root, "clone-" + Guid.NewGuid().ToString("N")[..8]);
        Git.Run(feed.Root, "clone", "--quiet", site.Dir, clone);
        var emptyPackages = Directory.CreateDirectory(Path.Combine(feed.Root, "packages-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var build = DotNet.Run(clone, new Dictionary<string, string> { ["NUGET_PACKAGES"] = emptyPackages }, "build", "-nodeReuse:false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(clone, "_site", "index.html")), "the clone's build generated no site:\n" + build);
        Assert.True(Directory.Exists(Path.Combine(emptyPackages, "briefgen.msbuild", feed.Version)), "the package was not restored from the clone's packages/ folder");
    }

    /// <summary>Keeps the site and its clone on disk when this test failed.</summary>
    public void Dispose()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            feed.KeepForInspection = true;
        }
    }
}
