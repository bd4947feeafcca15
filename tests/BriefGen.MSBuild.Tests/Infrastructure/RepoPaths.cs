namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>Locates the repository root (the folder holding BriefGen.sln).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path under the repository root, from parts.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The package's build folder (the .props and .targets).</summary>
    public static string PackageBuildDir => InRepo("src", "BriefGen.MSBuild", "build");

    /// <summary>The repo's reference page-dump seed.</summary>
    public static string ReferenceSeed => InRepo("seeds", "000_b76aa47ddb24d270.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BriefGen.sln not found above " + AppContext.BaseDirectory);
    }
}
