using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>
/// The library packed from clones with each kind of <c>origin</c>: none, a local folder (how CI and the tests clone)
/// and GitHub (the release workflow). Only GitHub puts a repository into the package, and none of them warns.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class SourceLinkTests : IDisposable
{
    private const string GitHubOrigin = "https://github.com/owner/repo";
    private const string Dll = "lib/net10.0/BriefGen.dll";
    private const string Pdb = "lib/net10.0/BriefGen.pdb";

    // Needs no packed feed: it packs its own clones, so it starts while the feed is being packed.
    private readonly string _workDir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "briefgen-e2e", "sourcelink-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    /// <summary>Deletes the clones and packages, unless the test failed or <c>BRIEFGEN_E2E_KEEP</c> is set.</summary>
    public void Dispose() => TempFolders.DeleteUnlessKept(_workDir, TestContext.Current.TestState?.Result == TestResult.Failed);

    [Fact]
    public void Pack_RepositoryWithoutRemote_NoWarningAndNoRepository()
        => AssertPackedWithoutRepository(LibrarySourceRepo.Create(_workDir));

    [Fact]
    public void Pack_CloneOfLocalFolder_NoWarningAndNoRepository()
        => AssertPackedWithoutRepository(LibrarySourceRepo.Create(_workDir).Clone(_workDir));

    [Fact]
    public void Pack_CloneOfGitHub_RepositoryUrlAndCommit_PdbMapsToGitHub_SameDllFromAnotherFolder()
    {
        var source = LibrarySourceRepo.Create(_workDir);
        var first = source.Clone(_workDir);
        var second = source.Clone(_workDir);
        first.SetOrigin(GitHubOrigin);
        second.SetOrigin(GitHubOrigin);

        using var packed = Pack(first);

        var repository = packed.Package.NuspecElements("repository").Single();
        Assert.Equal(
            ("git", GitHubOrigin, first.Head),
            ((string?)repository.Attribute("type"), (string?)repository.Attribute("url"), (string?)repository.Attribute("commit")));
        Assert.Equal(GitHubOrigin, packed.Package.NuspecValue("projectUrl"));
        // CI=true maps the build's paths to /_/, so the pdb names no folder of the machine that packed it.
        Assert.Equal(
            $$$"""{"documents":{"/_/*":"https://raw.githubusercontent.com/owner/repo/{{{first.Head}}}/*"}}""",
            packed.Symbols.SourceLinkJson(Pdb));

        // A deterministic CI build: the same commit packed in another folder gives the same assembly, byte for byte.
        using var again = Pack(second);
        Assert.Equal(packed.Package.Sha256(Dll), again.Package.Sha256(Dll));
    }

    private void AssertPackedWithoutRepository(LibrarySourceRepo source)
    {
        using var packed = Pack(source);

        Assert.Empty(packed.Package.NuspecElements("repository"));
        Assert.Empty(packed.Package.NuspecElements("projectUrl"));
        Assert.Null(packed.Symbols.SourceLinkJson(Pdb));
    }

    // Packs as CI does (CI=true), asserts a clean pack and opens the .nupkg and its .snupkg.
    private PackedLibrary Pack(LibrarySourceRepo source)
    {
        var output = Path.Combine(_workDir, "packed-" + Guid.NewGuid().ToString("N")[..8]);
        var pack = source.Pack(output, ci: true);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.DoesNotMatch(BuildOutput.WarningLine(), pack.Output);
        return new PackedLibrary(
            PackageFile.Open(Directory.GetFiles(output, "*.nupkg").Single()),
            PackageFile.Open(Directory.GetFiles(output, "*.snupkg").Single()));
    }

    private sealed record PackedLibrary(PackageFile Package, PackageFile Symbols) : IDisposable
    {
        public void Dispose()
        {
            Package.Dispose();
            Symbols.Dispose();
        }
    }
}
