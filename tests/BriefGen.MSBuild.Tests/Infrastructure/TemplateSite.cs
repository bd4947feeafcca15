namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// A site made by <c>dotnet new briefgen-site</c> from the run's packed template package, installed into a hive of
/// its own under a home folder of its own (HOME, DOTNET_CLI_HOME), so the user's templates and caches are never
/// touched. The site restores only from a local feed beside it: <c>packages/</c> holds the packed BriefGen.MSBuild
/// and nuget.config names it relatively, the way docs/github-pages.md tells users to until the packages are on
/// nuget.org.
/// </summary>
internal sealed class TemplateSite
{
    private TemplateSite(PackedFeed feed, string root)
    {
        Feed = feed;
        Root = root;
        Dir = Path.Combine(root, "MySite");
    }

    /// <summary>The feed the template and BriefGen.MSBuild come from.</summary>
    public PackedFeed Feed { get; }

    /// <summary>The folder holding the home, the hive and the site.</summary>
    public string Root { get; }

    /// <summary>The generated site (<c>dotnet new … -o MySite</c>).</summary>
    public string Dir { get; }

    /// <summary>Installs the template package, generates the site and points its nuget.config at <c>packages/</c>.</summary>
    public static TemplateSite Create(PackedFeed feed)
    {
        var site = new TemplateSite(feed, Path.Combine(feed.Root, "template-" + Guid.NewGuid().ToString("N")[..8]));
        Directory.CreateDirectory(site.Root);
        var hive = Path.Combine(site.Root, "hive");
        site.MustSucceed(site.Run(site.Root, feed.PackagesDir, "new", "install", feed.PackagePath("BriefGen.Templates"), "--debug:custom-hive", hive));
        site.MustSucceed(site.Run(site.Root, feed.PackagesDir, "new", "briefgen-site", "-o", "MySite", "--debug:custom-hive", hive));

        var packages = Directory.CreateDirectory(Path.Combine(site.Dir, "packages")).FullName;
        File.Copy(feed.PackagePath("BriefGen.MSBuild"), Path.Combine(packages, Path.GetFileName(feed.PackagePath("BriefGen.MSBuild"))));
        File.WriteAllText(Path.Combine(site.Dir, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="packages" />
              </packageSources>
            </configuration>

            """);
        return site;
    }

    /// <summary>Runs <c>dotnet args…</c> in <paramref name="workingDir"/> with the site's home and the given packages folder.</summary>
    public DotNetResult Run(string workingDir, string packagesDir, params string[] args)
    {
        var home = Path.Combine(Root, "home");
        return DotNet.Run(workingDir, new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["NUGET_PACKAGES"] = packagesDir,
        }, args);
    }

    private void MustSucceed(DotNetResult result)
    {
        if (result.ExitCode != 0)
        {
            Feed.KeepForInspection = true;
            throw new InvalidOperationException("could not generate the site:\n" + result);
        }
    }
}
