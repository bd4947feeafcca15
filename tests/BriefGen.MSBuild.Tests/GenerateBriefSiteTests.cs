using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.MSBuild.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace BriefGen.MSBuild.Tests;

/// <summary>The task alone, driven through a mock build engine with a fake builder: mapping, logging, manifest.</summary>
public sealed class GenerateBriefSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefgen-task-" + Guid.NewGuid().ToString("N"));
    private readonly MockBuildEngine _engine = new();

    public GenerateBriefSiteTests() => Directory.CreateDirectory(_root);

    private string SiteDir => Path.Combine(_root, "site");

    private string OutputDir => Path.Combine(_root, "site", "_site");

    private string Manifest => Path.Combine(_root, "obj", "briefgen.files.txt");

    private string Folders => Path.Combine(_root, "obj", "briefgen.folders.txt");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Execute_Diagnostics_LoggedWithFullPathPositionAndSeverity()
    {
        var task = CreateTask(_ => Result(
            new Diagnostic(Descriptors.UnparsableDate, "seeds/x.txt", 12, 3, "Octobr 25"),
            new Diagnostic(Descriptors.EmptySeed, "seeds/sub/y.md", 1, 1),
            new Diagnostic(Descriptors.UnparsableDate, null, 0, 0, "z") { Severity = DiagnosticSeverity.Info }));

        Assert.False(task.Execute());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("BG1003", Path.Combine(SiteDir, "seeds", "x.txt"), 12, 3), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber));
        Assert.Equal("could not parse date 'Octobr 25', so the brief is undated: its page shows no date, it is listed after every dated brief and left out of the feed", warning.Message);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("BG1001", Path.Combine(SiteDir, "seeds", "sub", "y.md"), 1, 1), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        var info = Assert.Single(_engine.Messages, m => m.Code == "BG1003");
        Assert.Equal("test.csproj", info.File); // no file: MSBuild names the project instead
        Assert.Equal(MessageImportance.Normal, info.Importance);
    }

    [Fact]
    public void Execute_Success_WritesManifestAndOneSummaryLineAtHighImportance()
    {
        var task = CreateTask(_ => Result() with { BriefCount = 2, Files = ["a/index.html", "feed.xml", "index.html"], FilesWritten = 1, Elapsed = TimeSpan.FromMilliseconds(420) });

        Assert.True(task.Execute());

        var expected = new[] { "a/index.html", "feed.xml", "index.html" }.Select(f => Path.GetFullPath(Path.Combine(OutputDir, f))).ToArray();
        Assert.Equal(expected, File.ReadAllLines(Manifest));
        Assert.Equal([Path.Combine(OutputDir, "a") + Path.DirectorySeparatorChar, OutputDir + Path.DirectorySeparatorChar], File.ReadAllLines(Folders));
        Assert.Equal(expected, task.GeneratedFiles.Select(i => i.ItemSpec));
        var high = Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal("BriefGen: 2 briefs, 2 pages, 3 files (1 written) -> _site/ (0.4 s)", high.Message);
        Assert.Equal(3, _engine.Messages.Count(m => m.Importance == MessageImportance.Low && m.Message!.StartsWith("  ", StringComparison.Ordinal)));
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void Execute_Error_KeepsPreviousManifestButMakesItOutOfDate()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Manifest)!);
        File.WriteAllText(Manifest, "/old/site/index.html\n");
        var task = CreateTask(_ => Result(new Diagnostic(Descriptors.EmptySeed, "seeds/x.txt", 1, 1)));

        Assert.False(task.Execute());

        Assert.Equal("/old/site/index.html\n", File.ReadAllText(Manifest)); // clean still finds the site on disk
        Assert.Equal(GenerateBriefSite.StaleManifestTime, File.GetLastWriteTimeUtc(Manifest));
        Assert.Empty(task.GeneratedFiles);
        Assert.DoesNotContain(_engine.Messages, m => m.Importance == MessageImportance.High);
    }

    [Fact]
    public void Execute_UnexpectedException_OneBG9001NamingTheSite_StackTraceAtLowImportance()
    {
        var task = CreateTask(_ => throw new InvalidOperationException("boom"));

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("BG9001", error.Code);
        Assert.Contains(SiteDir, error.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: boom", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.Message, StringComparison.Ordinal);
        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.Low && m.Message!.Contains(nameof(Execute_UnexpectedException_OneBG9001NamingTheSite_StackTraceAtLowImportance), StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_MapsParametersOntoOptions_EmptyMeansNotGiven()
    {
        SiteBuildOptions? seen = null;
        var task = CreateTask(o =>
        {
            seen = o;
            return Result();
        });
        task.Seeds = [new TaskItem(Path.Combine(SiteDir, "seeds", "a.txt")), new TaskItem(Path.Combine(SiteDir, "seeds", "b.md"))];
        task.BaseUrl = " https://example.org/ ";
        task.TemplatesDir = "";
        task.ConfigFile = " ";

        Assert.True(task.Execute());

        Assert.NotNull(seen);
        Assert.Equal(Path.GetFullPath(SiteDir), seen.SiteDir);
        Assert.Equal(Path.GetFullPath(OutputDir), seen.OutputDir);
        Assert.Equal("https://example.org/", seen.BaseUrl);
        Assert.Null(seen.TemplatesDir);
        Assert.Null(seen.ConfigFile);
        Assert.Null(seen.MaxParallelism);
        Assert.Equal(Path.Combine(_root, "obj", "briefgen"), seen.StateDir);
        Assert.Equal([Path.Combine(SiteDir, "seeds", "a.txt"), Path.Combine(SiteDir, "seeds", "b.md")], seen.Seeds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    public void Execute_OutputFolderHoldsTheSite_BG4010AtTheOutputFolder_NothingTouched(string relativeOutput)
    {
        Directory.CreateDirectory(Path.Combine(SiteDir, "seeds"));
        File.WriteAllText(Path.Combine(SiteDir, "seeds", "a.md"), "---\ntitle: A\n---\nBody.\n");
        var task = CreateTask(BriefGenerator.Build);
        task.OutputDir = Path.Combine(SiteDir, relativeOutput);
        task.Seeds = [new TaskItem(Path.Combine(SiteDir, "seeds", "a.md"))];
        var before = Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order().ToArray();

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("BG4010", error.Code);
        Assert.False(string.IsNullOrEmpty(error.File));
        Assert.Equal(before, Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order());
        Assert.Equal("a.md", Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(SiteDir, "seeds")))));
    }

    [Fact]
    public void Execute_CleanDestination_IsPassedToTheLibrary()
    {
        SiteBuildOptions? seen = null;
        var task = CreateTask(options =>
        {
            seen = options;
            return Result();
        });
        task.CleanDestination = true;

        Assert.True(task.Execute());

        Assert.True(seen!.CleanDestination);
    }

    [Fact]
    public void SiteFolders_DeepestFirst_UpToAndIncludingTheOutputFolder_NothingOutside()
    {
        var output = Path.Combine(_root, "out");
        string F(params string[] parts) => Path.Combine([output, .. parts]);
        string D(params string[] parts) => Path.Combine([output, .. parts]) + Path.DirectorySeparatorChar;

        var folders = SiteFolders.Of([F("a", "b", "page.html"), F("a", "x.css"), F("index.html"), F("c", "d.html"), Path.Combine(_root, "elsewhere", "x.html")], output);

        Assert.Equal([D("a", "b"), D("a"), D("c"), D()], folders);
    }

    private GenerateBriefSite CreateTask(Func<SiteBuildOptions, BuildResult> builder) => new()
    {
        BuildEngine = _engine,
        SiteDir = SiteDir,
        OutputDir = OutputDir,
        StateDir = Path.Combine(_root, "obj", "briefgen"),
        ManifestFile = Manifest,
        FoldersFile = Folders,
        Builder = builder,
    };

    private BuildResult Result(params Diagnostic[] diagnostics) => new()
    {
        Diagnostics = [.. diagnostics],
        OutputDir = OutputDir,
        Files = ImmutableArray<string>.Empty,
    };
}
