using BriefGen.Output;

namespace BriefGen.Tests.Infrastructure;

/// <summary>Builds a fixture site (seeds read through <see cref="ExpectedJsonReader"/>) in memory or on disk.</summary>
internal static class TestSite
{
    /// <summary>The demo site: the repo seed and the dev fixtures.</summary>
    public static string Demo => Fixture("demo");

    /// <summary>A folder under <c>tests/BriefGen.Tests/Site/Fixtures</c>.</summary>
    public static string Fixture(string name) => RepoPaths.InRepo("tests", "BriefGen.Tests", "Site", "Fixtures", name);

    public static (BuildResult Result, InMemorySiteWriter Writer) BuildInMemory(SiteBuildOptions options)
    {
        var writer = new InMemorySiteWriter();
        var result = new BriefGenerator().Build(options, new BuildHooks(_ => writer, ExpectedJsonReader.Loader(options.SiteDir)));
        return (result, writer);
    }

    public static (BuildResult Result, InMemorySiteWriter Writer) BuildInMemory(string siteDir) => BuildInMemory(new SiteBuildOptions { SiteDir = siteDir });

    public static BuildResult BuildToDisk(SiteBuildOptions options)
        => new BriefGenerator().Build(options, new BuildHooks(null, ExpectedJsonReader.Loader(options.SiteDir)));

    /// <summary>A fresh empty temporary folder.</summary>
    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "briefgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
