using System.Text.RegularExpressions;
using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>What the packed packages hold, read from the .nupkg files of the run's feed.</summary>
[Trait("Category", "EndToEnd")]
public sealed partial class PackageTests(PackedFeed feed)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Pack_EveryPackage_PrintsNoWarnings()
    {
        Assert.DoesNotMatch(BuildOutput.WarningLine(), feed.Pack.Output);
        foreach (var id in new[] { "BriefGen", "BriefGen.MSBuild", "BriefGen.Cli", "BriefGen.Templates", "BriefGen.Theme.Sample" })
        {
            Assert.True(File.Exists(feed.PackagePath(id)), id);
        }
    }

    [Fact]
    public void TemplatePackage_HoldsTheSiteWithItsDotFiles_AndTheVersionStampedIntoTemplateJson()
    {
        using var package = OpenPackage("BriefGen.Templates");

        Assert.Equal("Template", package.NuspecElements("packageType").Single().Attribute("name")!.Value);
        Assert.Contains("README.md", package.Entries);
        foreach (var file in new[] { ".template.config/template.json", ".gitignore", ".github/workflows/pages.yml", "BriefGenSite.csproj", "briefgen.yml", "nuget.config", "static/favicon.svg", "templates/README.md" })
        {
            Assert.Contains("content/briefgen-site/" + file, package.Entries);
        }

        Assert.DoesNotContain(package.Entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        var template = package.ReadText("content/briefgen-site/.template.config/template.json");
        Assert.Contains($"\"value\": \"{feed.Version}\"", template, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskPackage_BundlesTaskAndDependencies_UnderTasksFolder()
    {
        using var package = OpenPackage("BriefGen.MSBuild");
        var entries = package.Entries;

        Assert.Contains("build/BriefGen.MSBuild.props", entries);
        Assert.Contains("build/BriefGen.MSBuild.targets", entries);
        Assert.Contains("README.md", entries);
        foreach (var dll in new[] { "BriefGen.MSBuild.dll", "BriefGen.dll", "Scriban.Signed.dll", "Markdig.dll", "YamlDotNet.dll", "BriefGen.MSBuild.deps.json" })
        {
            Assert.Contains("tasks/net10.0/" + dll, entries);
        }

        // Nothing a consumer would compile against, and never MSBuild's own assemblies (MSBuild forces its copies).
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => Path.GetFileName(e).StartsWith("Microsoft.Build", StringComparison.Ordinal));

        // The publish-time deps file lists the dependencies, so MSBuild's load context resolves them from it.
        var deps = package.ReadText("tasks/net10.0/BriefGen.MSBuild.deps.json");
        foreach (var name in new[] { "\"BriefGen/", "\"Scriban.Signed/", "\"Markdig/", "\"YamlDotNet/" })
        {
            Assert.Contains(name, deps);
        }
    }

    [Fact]
    public void TaskPackage_Nuspec_IsDevelopmentDependencyWithoutDependencies()
    {
        using var package = OpenPackage("BriefGen.MSBuild");

        Assert.Equal("true", package.NuspecValue("developmentDependency"));
        Assert.Empty(package.NuspecElements("dependency"));
        Assert.Equal(feed.Version, package.NuspecValue("version"));
        AssertRepositoryFollowsOrigin(package);
    }

    [Fact]
    public void LibraryPackage_HasLibraryAndXmlDocs()
    {
        using var package = OpenPackage("BriefGen");

        Assert.Contains("lib/net10.0/BriefGen.dll", package.Entries);
        Assert.Contains("lib/net10.0/BriefGen.xml", package.Entries);
        AssertRepositoryFollowsOrigin(package);
    }

    [Theory]
    [InlineData("BriefGen", true)]
    [InlineData("BriefGen.Cli", true)]
    [InlineData("BriefGen.MSBuild", true)]
    [InlineData("BriefGen.Templates", false)]
    public void Package_HasMetadataReadmeIconLicenseAndSymbols(string id, bool hasCode)
    {
        using var package = OpenPackage(id);

        Assert.NotEmpty(package.NuspecValue("description"));
        Assert.NotEmpty(package.NuspecValue("tags"));
        Assert.Equal("BriefGen contributors", package.NuspecValue("authors"));
        var license = package.NuspecElements("license").Single();
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));

        Assert.Equal("README.md", package.NuspecValue("readme"));
        var relativeLinks = MarkdownLink().Matches(package.ReadText("README.md"))
            .Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith("https://", StringComparison.Ordinal) && !t.StartsWith('#'));
        Assert.Empty(relativeLinks); // nuget.org shows the README without the repository: a relative link leads nowhere

        Assert.Equal("icon.png", package.NuspecValue("icon"));
        var icon = package.ReadBytes("icon.png");
        Assert.Equal(PngSignature, icon[..8]);
        Assert.Equal((128, 128), (BigEndianInt(icon, 16), BigEndianInt(icon, 20))); // IHDR: width, height

        AssertRepositoryFollowsOrigin(package);
        if (!hasCode)
        {
            Assert.False(File.Exists(Path.Combine(feed.FeedDir, $"{id}.{feed.Version}.snupkg")), "a symbol package without symbols");
            return;
        }

        // Symbols: every assembly of ours in the package has its pdb in the .snupkg beside it.
        using var symbols = PackageFile.Open(Path.Combine(feed.FeedDir, $"{id}.{feed.Version}.snupkg"));
        var ours = package.Entries.Where(e => Path.GetFileName(e).StartsWith("BriefGen", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, dll => Assert.Contains(Path.ChangeExtension(dll, ".pdb"), symbols.Entries));
    }

    // The packs run in the repo itself: SourceLink describes its origin when that is on GitHub, else nothing at all.
    private static void AssertRepositoryFollowsOrigin(PackageFile package)
    {
        var origin = Git.OriginUrl(RepoPaths.Root);
        var repository = package.NuspecElements("repository").SingleOrDefault();
        if (origin is null || !origin.Contains("github.com", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Null(repository);
            Assert.Empty(package.NuspecElements("projectUrl"));
        }
        else
        {
            Assert.NotNull(repository);
            Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"));
            Assert.Equal(Git.Run(RepoPaths.Root, "rev-parse", "HEAD"), (string?)repository.Attribute("commit"));
        }
    }

    private static int BigEndianInt(byte[] bytes, int offset) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset, 4));

    private PackageFile OpenPackage(string id) => PackageFile.Open(Path.Combine(feed.FeedDir, $"{id}.{feed.Version}.nupkg"));

    // Inline links and images "[text](target)" and reference definitions "[label]: target".
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)|^\s*\[[^\]]+\]:\s*(?<target>\S+)", RegexOptions.Multiline)]
    private static partial Regex MarkdownLink();
}
