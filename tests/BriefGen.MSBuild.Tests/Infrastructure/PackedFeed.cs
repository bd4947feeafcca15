namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// Packs BriefGen, BriefGen.MSBuild, BriefGen.Cli, the BriefGen.Templates template package and the sample theme package
/// (samples/BriefGen.Theme.Sample) once per test run into a temporary folder feed, with a version no cache has
/// seen (NuGet never re-extracts a version it already holds, so reusing one would silently test an old package).
/// Consumers restore from that feed into their own packages folder.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    /// <summary>Creates the feed: runs the five packs (about a minute on a quiet machine).</summary>
    public PackedFeed()
    {
        Version = $"0.1.0-test.{DateTime.UtcNow.Ticks}";
        Root = Path.Combine(Path.GetTempPath(), "briefgen-e2e", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{System.Environment.ProcessId}");
        FeedDir = Path.Combine(Root, "feed");
        PackagesDir = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedDir);
        Directory.CreateDirectory(PackagesDir);

        // Stop MSBuild's upward search for Directory.Build.* and central package files at the test root.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        // A private artifacts folder: the packs never touch (or race with) the repo's own bin/ and obj/.
        var artifacts = Path.Combine(Root, "artifacts");
        LibraryPack = Pack("src/BriefGen/BriefGen.csproj", artifacts);
        TaskPack = Pack("src/BriefGen.MSBuild/BriefGen.MSBuild.csproj", artifacts);
        TemplatePack = Pack("src/BriefGen.Templates/BriefGen.Templates.csproj", artifacts);
        ToolPack = Pack("src/BriefGen.Cli/BriefGen.Cli.csproj", artifacts);
        ThemePack = Pack("samples/BriefGen.Theme.Sample/BriefGen.Theme.Sample.csproj", artifacts);
    }

    /// <summary>The prerelease version every package was packed with.</summary>
    public string Version { get; }

    /// <summary>The temporary folder holding the feed, the packages folder and every consumer.</summary>
    public string Root { get; }

    /// <summary>The folder feed with the .nupkg and .snupkg files.</summary>
    public string FeedDir { get; }

    /// <summary>The consumers' NuGet packages folder (<c>NUGET_PACKAGES</c>), empty at the start of the run.</summary>
    public string PackagesDir { get; }

    /// <summary>The output of <c>dotnet pack</c> for the library.</summary>
    public DotNetResult LibraryPack { get; }

    /// <summary>The output of <c>dotnet pack</c> for the task package.</summary>
    public DotNetResult TaskPack { get; }

    /// <summary>The output of <c>dotnet pack</c> for the template package.</summary>
    public DotNetResult TemplatePack { get; }

    /// <summary>The output of <c>dotnet pack</c> for the tool package.</summary>
    public DotNetResult ToolPack { get; }

    /// <summary>The output of <c>dotnet pack</c> for the sample theme package.</summary>
    public DotNetResult ThemePack { get; }

    /// <summary>The path of one of the feed's packages, by id.</summary>
    public string PackagePath(string id) => Path.Combine(FeedDir, $"{id}.{Version}.nupkg");

    /// <summary>The environment every consumer process runs with.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDir };

    /// <summary>True once a test failed: the folder, with every consumer's binlogs, is kept for inspection.</summary>
    public bool KeepForInspection { get; set; }

    /// <summary>Deletes the temporary folder, unless a test failed or <c>BRIEFGEN_E2E_KEEP</c> is set.</summary>
    public void Dispose()
    {
        if (!KeepForInspection && string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("BRIEFGEN_E2E_KEEP")))
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind is no test failure.
            }
        }
    }

    private DotNetResult Pack(string project, string artifacts)
    {
        var result = DotNet.Run(
            RepoPaths.Root, null,
            "pack", RepoPaths.InRepo(project.Split('/')), "-c", "Release", "-o", FeedDir, $"-p:Version={Version}",
            "--artifacts-path", artifacts, "-nodeReuse:false");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result);
        }

        return result;
    }
}
