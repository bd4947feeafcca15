using BriefGen.FileSystem;
using BriefGen.Output;
using BriefGen.Tests.Incremental;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Output;

/// <summary>
/// The output folder is BriefGen's only when BriefGen made it: a build never deletes or changes the site's inputs or a
/// folder of the user's, an error leaves the output as it was, and what a killed build left is recovered.
/// </summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("site", "is the site folder")]
    [InlineData(".", "contains the site folder")]
    [InlineData("site/seeds/out", "lies inside the seeds folder")]
    [InlineData("site/templates", "lies inside the templates folder")]
    [InlineData("site/pages/out", "lies inside the pages folder")]
    [InlineData("site/static/out", "lies inside the static folder")]
    public void OutputOverlappingTheSite_IsRefused_NothingTouched(string output, string reason)
    {
        var root = NewRoot(out var site);
        Directory.CreateDirectory(Path.Combine(site.Root, "static"));
        File.WriteAllText(Path.Combine(root, "notes.txt"), "the user's");
        var before = TreeHash.Of(root);

        var result = Build(site, Path.Combine(root, output));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("BG4010", error.Id);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash.Of(root));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void OutputSettingOverlappingTheSite_IsLocatedAtTheConfiguration(string output)
    {
        var root = NewRoot(out var site);
        File.AppendAllText(Path.Combine(site.Root, "briefgen.yml"), $"output: {output}\n");
        var before = TreeHash.Of(root);

        var result = new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("BG4010", "briefgen.yml"), (error.Id, error.Path));
        Assert.Equal(before, TreeHash.Of(root));
    }

    [Theory]
    [InlineData("CNAME")]
    [InlineData(".nojekyll")]
    [InlineData(".git/HEAD")]
    [InlineData("downloads/report.pdf")]
    [InlineData("index.html")]
    public void FirstBuildIntoAFolderOfTheUsers_IsRefused_NamingAFile_NothingTouched(string file)
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(output, file))!);
        File.WriteAllText(Path.Combine(output, file), "the user's");
        var before = TreeHash.Of(root);

        var result = Build(site, output);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("BG4011", error.Id);
        Assert.Contains($"'{file}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash.Of(root));
    }

    [Fact]
    public void CleanDestination_ReplacesAFolderOfTheUsers_AndLaterBuildsOwnIt()
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(Path.Combine(output, ".git"));
        File.WriteAllText(Path.Combine(output, "CNAME"), "briefs.example.org");

        Assert.True(new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output, CleanDestination = true }).Succeeded);
        Assert.False(File.Exists(Path.Combine(output, "CNAME")));
        site.AddSeed();
        Assert.True(Build(site, output).Succeeded);
        AssertNothingBeside(output);
    }

    [Fact]
    public void AnEmptyExistingFolder_IsBuiltInto()
    {
        var root = NewRoot(out var site);
        var output = Directory.CreateDirectory(Path.Combine(root, "out")).FullName;

        Assert.True(Build(site, output).Succeeded);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void OutputThatIsASymbolicLink_IsBuiltThroughIt_AndStaysALink()
    {
        var root = NewRoot(out var site);
        var target = Path.Combine(root, "www", "site");
        var link = Path.Combine(root, "out");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.CreateSymbolicLink(link, target);

        for (var i = 0; i < 3; i++)
        {
            site.AddSeed();
            Assert.True(Build(site, link).Succeeded);
            Assert.Equal(target, new FileInfo(link).LinkTarget);
            Assert.True(File.Exists(Path.Combine(target, "index.html")));
        }

        Assert.Equal(TreeHash.Of(target), TreeHash.Of(Build(site, Path.Combine(root, "clean")).OutputDir));
        File.WriteAllText(Path.Combine(root, "www", "other.txt"), "beside the target");
        Assert.True(File.Exists(Path.Combine(root, "www", "other.txt")));
    }

    [Fact]
    public void MissingSeedsFolder_IsAnError_AndThePublishedSiteStays()
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        Assert.True(Build(site, output).Succeeded);
        var published = TreeHash.Of(output);
        Directory.Move(Path.Combine(site.Root, "seeds"), Path.Combine(site.Root, "Seeds")); // renamed by mistake

        var result = Build(site, output);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("BG1015", error.Id);
        Assert.Contains("'Seeds/'", error.Message, StringComparison.Ordinal); // where the seeds went
        Assert.Equal(published, TreeHash.Of(output));
    }

    [Fact]
    public void FailedFirstBuild_LeavesNoOutputFolder_AndNothingBeside()
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        File.WriteAllText(Path.Combine(site.Root, "templates", "topic.sbn-html"), "{{ include 'missing.sbn-html' }}");

        var result = Build(site, output);

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(output));
        AssertNothingBeside(output);
    }

    [Fact]
    public void EmptySeedsFolder_IsAWarning()
    {
        var root = NewRoot(out var site);
        foreach (var seed in Directory.GetFiles(Path.Combine(site.Root, "seeds")))
        {
            File.Delete(seed);
        }

        var result = Build(site, Path.Combine(root, "out"));

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Id == "BG2004");
    }

    [Theory]
    [InlineData(false)] // the previous site was parked by the fallback's first rename, then the build was killed
    [InlineData(true)] // killed after the swap, before the parked site was removed
    public void KilledCommit_NextBuildRecoversTheSite_AndLeavesNoDebris(bool swapped)
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        Assert.True(Build(site, output).Succeeded);
        var parked = output + FolderSwap.AsideInfix + "0123456789ab";
        if (swapped)
        {
            Directory.CreateDirectory(parked);
            File.WriteAllText(Path.Combine(parked, "index.html"), "the previous site");
        }
        else
        {
            Directory.Move(output, parked);
        }

        Directory.CreateDirectory(output + OutputRecovery.StagingInfix + "abcdef012345");
        var state = Path.Combine(root, ".briefgen-state");
        var pending = Directory.GetFiles(state, "out-*.state").Single().Replace(".state", ".mirror" + OutputRecovery.PendingInfix + "abcdefabcdef", StringComparison.Ordinal);
        Directory.CreateDirectory(pending);

        site.AddSeed();
        var result = Build(site, output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(TreeHash.Of(Build(site, Path.Combine(root, "clean")).OutputDir), TreeHash.Of(output));
        AssertNothingBeside(output);
        Assert.False(Directory.Exists(pending));
    }

    [Fact]
    public void DebrisOfAnotherFolderOrNotOfBriefGensShape_IsLeftAlone()
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        var others = new[] { "out.staging-notours", "out.old-backup", "outer.staging-0123456789ab", "out.staging-0123456789ab.txt" };
        foreach (var other in others)
        {
            Directory.CreateDirectory(Path.Combine(root, other));
        }

        Assert.True(Build(site, output).Succeeded);

        Assert.All(others, o => Assert.True(Directory.Exists(Path.Combine(root, o)), o));
    }

    [Fact]
    public void ASiteOfBriefGens_IsKnownWithoutItsState_AndWhenCopied()
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        Assert.True(Build(site, output).Succeeded);
        Directory.Delete(Path.Combine(root, ".briefgen-state"), recursive: true);
        site.AddSeed();
        Assert.True(Build(site, output).Succeeded, "a deleted build state");

        var copy = Path.Combine(root, "copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        Assert.True(Build(site, copy).Succeeded, "a copy, as a restored CI cache");
        Assert.True(File.Exists(Path.Combine(copy, OutputMarker.FileName)));
    }

    [Fact]
    public void DeletedOutputFolderRecreatedByTheUser_IsNotTakenForBriefGens()
    {
        var root = NewRoot(out var site);
        var output = Path.Combine(root, "out");
        Assert.True(Build(site, output).Succeeded);
        Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "mine.txt"), "the user's");

        var result = Build(site, output);

        Assert.Equal("BG4011", Assert.Single(result.Diagnostics, d => d.IsError).Id);
        Assert.True(File.Exists(Path.Combine(output, "mine.txt")));
    }

    [Fact]
    public void FileSystemFailures_AreClassifiedByTheOperatingSystemsErrorNumber()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // .NET reports Win32 codes there, covered by the same switch with other numbers
        }

        Assert.Equal(FailureCause.DiskFull, FileSystemFailure.From(new IOException("x", 28), "/a").Cause);
        Assert.Equal(FailureCause.DiskFull, FileSystemFailure.From(new IOException("x", 122), "/a").Cause);
        Assert.Equal(FailureCause.Denied, FileSystemFailure.From(new IOException("x", 30), "/a").Cause);
        Assert.Equal(FailureCause.Denied, FileSystemFailure.From(new UnauthorizedAccessException("x", new IOException("y", 13)), "/a").Cause);
        Assert.Equal(FailureCause.TooManyOpenFiles, FileSystemFailure.From(new IOException("x", 24), "/a").Cause);
        Assert.Equal(FailureCause.Other, FileSystemFailure.From(new IOException("x"), "/a").Cause);
        var full = FileSystemFailure.From(new IOException("No space left on device : '/a'", 28), "/a");
        Assert.Equal(("/a", "No space left on device"), (full.FailedPath, full.Words));
        var unlocated = FileSystemFailure.From(new IOException("Too many open files : '/s/static/x.css'", 24), null, fallback: "/s");
        Assert.Equal("/s/static/x.css", unlocated.FailedPath); // the path .NET names, where the caller knew none
        Assert.Equal("/s", FileSystemFailure.From(new IOException("Too many open files", 24), null, fallback: "/s").FailedPath);
    }

    [Fact]
    public void ResourceFailures_OnePerCause_NeverTheExceptionText()
    {
        var bag = new BriefGen.Diagnostics.DiagnosticBag();
        var many = new AggregateException(Enumerable.Range(0, 50).Select(i => new IOException($"No space left on device : '/s/out.staging-x/{i}'", 28))
            .Append<Exception>(new UnauthorizedAccessException("Access to the path '/s/x' is denied.", new IOException("Permission denied", 13))));

        Assert.True(ResourceFailures.AllFromFileSystem(many));
        ResourceFailures.Report(many, "/s", bag);

        var reported = bag.ToImmutable();
        Assert.Equal(["BG4012", "BG4013"], reported.Select(d => d.Id).Order());
        Assert.All(reported, d => Assert.DoesNotContain("Exception", d.Message, StringComparison.Ordinal));
        Assert.Contains("No space left on device", reported.Single(d => d.Id == "BG4012").Message, StringComparison.Ordinal);
        Assert.False(ResourceFailures.AllFromFileSystem(new AggregateException(new IOException("x", 28), new InvalidOperationException())));
    }

    private static string NewRoot(out RandomSite site)
    {
        var root = TestSite.TempDir();
        site = RandomSite.WithSeeds(root, seed: 7, seeds: 3);
        return root;
    }

    private static BuildResult Build(RandomSite site, string output)
        => new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site.Root, OutputDir = output });

    /// <summary>Only the state folder may lie beside the output folder once a build is over.</summary>
    private static void AssertNothingBeside(string output)
    {
        var name = Path.GetFileName(output);
        var beside = Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!)
            .Select(Path.GetFileName)
            .Where(e => e!.StartsWith(name + ".", StringComparison.Ordinal) || e.Contains("staging", StringComparison.Ordinal) || e.Contains(".pending-", StringComparison.Ordinal));
        Assert.Empty(beside);
    }
}
