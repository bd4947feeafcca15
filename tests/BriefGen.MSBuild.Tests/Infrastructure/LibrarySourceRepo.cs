namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// A git repository in a temporary folder holding what packing the BriefGen library needs, copied from the working
/// tree (uncommitted changes included) and committed, so SourceLink can be tried with any <c>origin</c> remote.
/// </summary>
internal sealed class LibrarySourceRepo
{
    // The library project and everything its pack reads: the shared build files, the embedded templates, the README.
    private static readonly string[] PackInputs =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config",
        "src/BriefGen", "templates", "docs/packages", "docs/images/icon.png",
    ];

    private LibrarySourceRepo(string dir) => Dir = dir;

    /// <summary>The repository's root folder.</summary>
    public string Dir { get; }

    /// <summary>The commit checked out.</summary>
    public string Head => Git.Run(Dir, "rev-parse", "HEAD");

    /// <summary>Copies the library's pack inputs into a new repository under <paramref name="parentDir"/>: one commit, no remote.</summary>
    public static LibrarySourceRepo Create(string parentDir)
    {
        var dir = Directory.CreateDirectory(Path.Combine(parentDir, "source-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var tracked = Git.Run(RepoPaths.Root, ["ls-files", "--cached", "--others", "--exclude-standard", "--", .. PackInputs]);
        foreach (var relative in tracked.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(Path.Combine(RepoPaths.Root, f))))
        {
            var target = Path.Combine(dir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.Root, relative), target);
        }

        Git.Run(dir, "init", "--quiet", "--initial-branch=main");
        Git.Run(dir, "add", "--all");
        Git.Run(dir, "commit", "--quiet", "-m", "The library's sources");
        return new LibrarySourceRepo(dir);
    }

    /// <summary>A <c>git clone</c> of this repository under <paramref name="parentDir"/>: its origin is this folder's path.</summary>
    public LibrarySourceRepo Clone(string parentDir)
    {
        var dir = Path.Combine(parentDir, "clone-" + Guid.NewGuid().ToString("N")[..8]);
        Git.Run(parentDir, "clone", "--quiet", Dir, dir);
        return new LibrarySourceRepo(dir);
    }

    /// <summary>Points <c>origin</c> at <paramref name="url"/>.</summary>
    public void SetOrigin(string url) => Git.Run(Dir, "remote", "set-url", "origin", url);

    /// <summary><c>dotnet pack</c> of the library into <paramref name="outputDir"/>, as CI does when <paramref name="ci"/>.</summary>
    public DotNetResult Pack(string outputDir, bool ci)
        => DotNet.Run(Dir, new Dictionary<string, string> { ["CI"] = ci ? "true" : "false" }, "pack", Path.Combine("src", "BriefGen"), "-c", "Release", "-o", outputDir, "-nodeReuse:false");
}
