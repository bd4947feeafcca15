namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// Packs BriefGen, BriefGen.MSBuild, BriefGen.Cli, the BriefGen.Templates template package and the sample theme package
/// (samples/BriefGen.Theme.Sample) once per test run into a temporary folder feed, with a version no cache has
/// seen (NuGet never re-extracts a version it already holds, so reusing one would silently test an old package).
/// Consumers restore from that feed into their own packages folder. One assembly fixture for every end-to-end
/// collection, so the collections run side by side; the packing happens on first use of the feed, so tests that need
/// none (SourceLink packs its own clones) start at once.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private static readonly string[] Projects =
    [
        "src/BriefGen/BriefGen.csproj", "src/BriefGen.MSBuild/BriefGen.MSBuild.csproj", "src/BriefGen.Templates/BriefGen.Templates.csproj",
        "src/BriefGen.Cli/BriefGen.Cli.csproj", "samples/BriefGen.Theme.Sample/BriefGen.Theme.Sample.csproj",
    ];

    private readonly Lazy<DotNetResult> _pack;
    private readonly string _root;

    /// <summary>Names the feed's folder and version; packs on first use (about a minute on a quiet machine).</summary>
    public PackedFeed()
    {
        Version = $"0.1.0-test.{DateTime.UtcNow.Ticks}";
        _root = Path.Combine(Path.GetTempPath(), "briefgen-e2e", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{System.Environment.ProcessId}");
        _pack = new Lazy<DotNetResult>(PackAll, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The output of the one <c>dotnet pack</c> of every package.</summary>
    public DotNetResult Pack => _pack.Value;

    /// <summary>The prerelease version every package was packed with.</summary>
    public string Version { get; }

    /// <summary>The temporary folder holding the feed, the packages folder and every consumer (packed by now).</summary>
    public string Root => Packed(_root);

    /// <summary>The folder feed with the .nupkg and .snupkg files.</summary>
    public string FeedDir => Packed(Path.Combine(_root, "feed"));

    /// <summary>The consumers' NuGet packages folder (<c>NUGET_PACKAGES</c>), empty at the start of the run.</summary>
    public string PackagesDir => Packed(Path.Combine(_root, "packages"));

    /// <summary>The path of one of the feed's packages, by id.</summary>
    public string PackagePath(string id) => Path.Combine(FeedDir, $"{id}.{Version}.nupkg");

    /// <summary>The environment every consumer process runs with.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDir };

    /// <summary>True once a test failed: the folder, with every consumer's binlogs, is kept for inspection.</summary>
    public bool KeepForInspection { get; set; }

    /// <summary>Deletes the temporary folder, unless a test failed or <c>BRIEFGEN_E2E_KEEP</c> is set.</summary>
    public void Dispose() => TempFolders.DeleteUnlessKept(_root, KeepForInspection);

    private string Packed(string path)
    {
        _ = _pack.Value;
        return path;
    }

    /// <summary>
    /// One <c>dotnet pack</c> of a solution of the five projects: the library is built once for the three packages that
    /// hold it, and the projects build in parallel.
    /// </summary>
    private DotNetResult PackAll()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "packages"));

        // Stop MSBuild's upward search for Directory.Build.* and central package files at the test root.
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />\n");

        var solution = Path.Combine(_root, "packages.slnx");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(Projects.Select(p => $"  <Project Path=\"{System.Security.SecurityElement.Escape(RepoPaths.InRepo(p.Split('/')))}\" />\n")) + "</Solution>\n");

        // A private artifacts folder: the pack never touches (or races with) the repo's own bin/ and obj/.
        var result = DotNet.Run(
            RepoPaths.Root, null,
            "pack", solution, "-c", "Release", "-o", feed, $"-p:Version={Version}",
            "--artifacts-path", Path.Combine(_root, "artifacts"), "-nodeReuse:false");
        return result.ExitCode == 0 ? result : throw new InvalidOperationException("dotnet pack failed:\n" + result);
    }
}
