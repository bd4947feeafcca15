namespace BriefGen.Tests.Infrastructure;

/// <summary>Locates the repository root (the folder holding BriefGen.sln); tests read nothing outside it.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The repo's own <c>seeds/</c>.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>
    /// The dev fixtures: seeds with expected models, a copy of the shared contract's <c>fixtures/dev</c> kept in the repo
    /// so a fresh clone tests on its own (<c>.ci/run</c> checks the copy is still identical).
    /// </summary>
    public static string DevFixtures => Path.Combine(Root, "tests", "fixtures", "dev");

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
