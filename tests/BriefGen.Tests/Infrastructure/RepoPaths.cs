namespace BriefGen.Tests.Infrastructure;

/// <summary>Locates the repository root (the folder holding BriefGen.sln) and the shared folder beside it.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The repo's own <c>seeds/</c>.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The read-only <c>../shared</c> folder beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The dev fixtures: seeds with expected models.</summary>
    public static string DevFixtures => Path.Combine(Shared, "fixtures", "dev");

    /// <summary>A path under the repository root, from <c>/</c>-separated parts.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

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
