using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>What the packed packages hold, read from the .nupkg files of the run's feed.</summary>
[Collection(EndToEndCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class PackageTests(PackedFeed feed)
{
    [Fact]
    public void Pack_EveryPackage_PrintsNoWarnings()
    {
        Assert.DoesNotMatch(WarningLine(), feed.LibraryPack.Output);
        Assert.DoesNotMatch(WarningLine(), feed.TaskPack.Output);
        Assert.DoesNotMatch(WarningLine(), feed.TemplatePack.Output);
    }

    [Fact]
    public void TemplatePackage_HoldsTheSiteWithItsDotFiles_AndTheVersionStampedIntoTemplateJson()
    {
        using var zip = OpenPackage("BriefGen.Templates");
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspec = Nuspec(zip);
        var ns = nuspec.Root!.Name.Namespace;

        Assert.Equal("Template", nuspec.Descendants(ns + "packageType").Single().Attribute("name")!.Value);
        Assert.Contains("README.md", entries);
        foreach (var file in new[] { ".template.config/template.json", ".gitignore", ".github/workflows/pages.yml", "BriefGenSite.csproj", "briefgen.yml", "nuget.config", "static/favicon.svg", "templates/README.md" })
        {
            Assert.Contains("content/briefgen-site/" + file, entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        var template = ReadEntry(zip, "content/briefgen-site/.template.config/template.json");
        Assert.Contains($"\"value\": \"{feed.Version}\"", template, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskPackage_BundlesTaskAndDependencies_UnderTasksFolder()
    {
        using var zip = OpenPackage("BriefGen.MSBuild");
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

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
        var deps = ReadEntry(zip, "tasks/net10.0/BriefGen.MSBuild.deps.json");
        foreach (var name in new[] { "\"BriefGen/", "\"Scriban.Signed/", "\"Markdig/", "\"YamlDotNet/" })
        {
            Assert.Contains(name, deps);
        }
    }

    [Fact]
    public void TaskPackage_Nuspec_IsDevelopmentDependencyWithoutDependencies()
    {
        using var zip = OpenPackage("BriefGen.MSBuild");
        var nuspec = Nuspec(zip);
        var ns = nuspec.Root!.Name.Namespace;

        Assert.Equal("true", nuspec.Descendants(ns + "developmentDependency").Single().Value);
        Assert.Empty(nuspec.Descendants(ns + "dependency"));
        Assert.Equal(feed.Version, nuspec.Descendants(ns + "version").Single().Value);
        Assert.Empty(nuspec.Descendants(ns + "repository"));
    }

    [Fact]
    public void LibraryPackage_HasReadmeLicenseAndSymbols_NoRepository()
    {
        using var zip = OpenPackage("BriefGen");
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspec = Nuspec(zip);
        var ns = nuspec.Root!.Name.Namespace;

        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/BriefGen.dll", entries);
        Assert.Contains("lib/net10.0/BriefGen.xml", entries);
        Assert.Equal("README.md", nuspec.Descendants(ns + "readme").Single().Value);
        var license = nuspec.Descendants(ns + "license").Single();
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.Empty(nuspec.Descendants(ns + "repository"));
        Assert.Empty(nuspec.Descendants(ns + "projectUrl"));

        var symbols = Path.Combine(feed.FeedDir, $"BriefGen.{feed.Version}.snupkg");
        Assert.True(File.Exists(symbols), "no .snupkg beside the package");
        using var snupkg = ZipFile.OpenRead(symbols);
        Assert.Contains(snupkg.Entries, e => e.FullName == "lib/net10.0/BriefGen.pdb");
    }

    private ZipArchive OpenPackage(string id) => ZipFile.OpenRead(feed.PackagePath(id));

    private static XDocument Nuspec(ZipArchive zip)
        => XDocument.Parse(ReadEntry(zip, zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).FullName));

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    // MSBuild's canonical form, e.g. "…csproj : warning NU5104: …" or "file(1,2): warning CS1591: …".
    [GeneratedRegex(@":\s*warning\s+[A-Z]+\d+", RegexOptions.IgnoreCase)]
    private static partial Regex WarningLine();
}
