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

    private string WarningsFile => Path.Combine(_root, "obj", "briefgen.warnings.json");

    private string ProjectFile => Path.Combine(_root, "site", "test.csproj");

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
        Assert.Equal(ProjectFile, info.File); // no file, no briefgen.yml: the project, never the package's .targets
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
    public void Execute_OutputFolderHoldsTheSite_BG4010AtTheProjectNamingTheProperty_NothingTouched(string relativeOutput)
    {
        Directory.CreateDirectory(Path.Combine(SiteDir, "seeds"));
        File.WriteAllText(Path.Combine(SiteDir, "seeds", "a.md"), "---\ntitle: A\n---\nBody.\n");
        var task = CreateTask(new BriefGenerator().Build);
        task.OutputDir = Path.Combine(SiteDir, relativeOutput);
        task.Seeds = [new TaskItem(Path.Combine(SiteDir, "seeds", "a.md"))];
        var before = Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order().ToArray();

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("BG4010", ProjectFile), (error.Code, error.File));
        Assert.Contains("(BriefGenOutputDir)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order());
        Assert.Equal("a.md", Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(SiteDir, "seeds")))));
    }

    [Fact]
    public void Execute_HeldOptions_ArePassedToTheLibrary()
    {
        SiteBuildOptions? seen = null;
        var task = CreateTask(options =>
        {
            seen = options;
            return Result();
        });
        task.IncludeDrafts = true;
        task.IncludeExpired = true;
        task.Now = " 2025-06-01T09:00:00-04:00 ";

        Assert.True(task.Execute());

        Assert.Equal((true, false, true), (seen!.IncludeDrafts, seen.IncludeFuture, seen.IncludeExpired));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(-4)), seen.Now);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Execute_NoNow_MeansTheClock(string now)
    {
        SiteBuildOptions? seen = null;
        var task = CreateTask(options =>
        {
            seen = options;
            return Result();
        });
        task.Now = now;

        Assert.True(task.Execute());

        Assert.Null(seen!.Now);
    }

    [Theory]
    [InlineData("2025-06-01")]
    [InlineData("2025-06-01T09:00:00")]
    [InlineData("tomorrow")]
    public void Execute_NowWithoutAnOffset_BG5002AtTheProject_NothingBuilt(string now)
    {
        var built = false;
        var task = CreateTask(_ =>
        {
            built = true;
            return Result();
        });
        task.Now = now;

        Assert.False(task.Execute());

        Assert.False(built);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("BG5002", Path.GetFullPath(ProjectFile)), (error.Code, error.File));
        Assert.Contains("BriefGenNow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NextChange_WrittenAsUtcTicks_AndRemovedWhenNothingIsScheduled()
    {
        var next = new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(-4));
        var file = Path.Combine(_root, "obj", "briefgen.next-change.txt");
        var scheduled = CreateTask(_ => Result() with { NextChange = next });
        scheduled.NextChangeFile = file;

        Assert.True(scheduled.Execute());
        Assert.Equal(next.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n", File.ReadAllText(file));

        var unscheduled = CreateTask(_ => Result());
        unscheduled.NextChangeFile = file;
        Assert.True(unscheduled.Execute());
        Assert.False(File.Exists(file));
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
    public void Execute_SiteWideDiagnostic_AtBriefgenYmlWhenItExists()
    {
        Directory.CreateDirectory(SiteDir);
        File.WriteAllText(Path.Combine(SiteDir, "briefgen.yml"), "title: T\n");
        var task = CreateTask(_ => Result(new Diagnostic(Descriptors.NoBaseUrl, null, 0, 0)));

        Assert.True(task.Execute());

        Assert.Equal(Path.Combine(SiteDir, "briefgen.yml"), Assert.Single(_engine.Warnings).File);
    }

    [Fact]
    public void Execute_OptionValues_AreLocatedAtTheProjectAndNamedByTheirProperty()
    {
        var (task, seen) = CreateRecordingTask();

        Assert.True(task.Execute());

        Assert.Equal(ProjectFile, seen().Source!.File);
        Assert.Equal("BriefGenBaseUrl", seen().Source!.Names[nameof(SiteBuildOptions.BaseUrl)]);
    }

    [Theory]
    [InlineData("TreatWarningsAsErrors", "true", "", true)]
    [InlineData("TreatWarningsAsErrors", "true", "BG1003", false)] // NoWarn wins over warnings-as-errors, as in MSBuild
    [InlineData("WarningsAsErrors", "BG1208;BG1003", "", true)]
    [InlineData("MSBuildWarningsAsErrors", "bg1003", "", true)]
    [InlineData("MSBuildTreatWarningsAsErrors", "true", "", true)]
    [InlineData("WarningsAsErrors", "BG1208", "", false)]
    public void Execute_WarningSettings_BecomeTheLibrarysPolicy_TurnedWarningLoggedAsError(string property, string value, string noWarn, bool turned)
    {
        var (task, seen) = CreateRecordingTask(new Diagnostic(Descriptors.UnparsableDate, "seeds/x.txt", 12, 3, "Octobr 25"));
        task.WarningSettings = [Setting(property, value), Setting("NoWarn", noWarn)];

        task.Execute();

        Assert.Equal(turned, seen().WarningsAsErrors.Turns("BG1003"));
        Assert.Equal(property.Contains("Treat", StringComparison.Ordinal), seen().WarningsAsErrors.Turns("BG5005"));
        var logged = turned ? (object)Assert.Single(_engine.Errors) : Assert.Single(_engine.Warnings);
        Assert.Equal(("BG1003", Path.Combine(SiteDir, "seeds", "x.txt"), 12, 3), logged switch
        {
            BuildErrorEventArgs e => (e.Code, e.File, e.LineNumber, e.ColumnNumber),
            BuildWarningEventArgs w => (w.Code, w.File, w.LineNumber, w.ColumnNumber),
            _ => default,
        });
    }

    [Theory]
    [InlineData("-warnaserror", "", true, true)]
    [InlineData("/WarnAsError:BG1003;BG9999", "", true, false)]
    [InlineData("-err", "-nowarn:BG1003", false, true)]
    [InlineData("--warnaserror", "-warnnotaserror:bg1003", false, true)]
    [InlineData("-nologo", "", false, false)]
    public void Execute_CommandLineSwitches_JoinThePolicy(string asError, string except, bool turnsBG1003, bool turnsBG5005)
    {
        var (task, seen) = CreateRecordingTask();
        task.CommandLine = WarningSwitches.Parse(["build", asError, except]);

        task.Execute();

        Assert.Equal((turnsBG1003, turnsBG5005), (seen().WarningsAsErrors.Turns("BG1003"), seen().WarningsAsErrors.Turns("BG5005")));
    }

    [Fact]
    public void Replay_LogsTheLastRunsWarningsAtTheirPlace_AsErrorsUnderTreatWarningsAsErrors()
    {
        CreateTask(_ => Result(new Diagnostic(Descriptors.UnparsableDate, "seeds/x.txt", 12, 3, "Octobr 25"))).Execute();
        var first = Assert.Single(_engine.Warnings);

        var replay = new ReplayBriefGenWarnings { BuildEngine = _engine, ProjectFile = ProjectFile, WarningsFile = WarningsFile, CommandLine = WarningSwitches.Parse([]) };
        Assert.True(replay.Execute());
        var again = _engine.Warnings[1];
        Assert.Equal((first.Code, first.File, first.LineNumber, first.ColumnNumber, first.Message), (again.Code, again.File, again.LineNumber, again.ColumnNumber, again.Message));

        replay.WarningSettings = [Setting("TreatWarningsAsErrors", "true")];
        Assert.False(replay.Execute());
        var error = Assert.Single(_engine.Errors);
        Assert.Equal((first.Code, first.File, first.LineNumber, first.ColumnNumber), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
    }

    [Fact]
    public void CheckProperties_UnknownBriefGenProperty_WarnsWhereItIsSet_SuggestingTheClosestName()
    {
        Directory.CreateDirectory(SiteDir);
        File.WriteAllText(ProjectFile, "<Project>\n  <PropertyGroup>\n    <BriefGenBaseUrl>https://example.org/</BriefGenBaseUrl>\n    <BriefGenBaseUri>x</BriefGenBaseUri>\n    <BriefGenTheme>x</BriefGenTheme>\n  </PropertyGroup>\n</Project>\n");
        var check = new CheckBriefGenProperties { BuildEngine = _engine, ProjectFile = ProjectFile, KnownPropertiesFile = Path.Combine(RepoPaths.PackageBuildDir, "BriefGen.MSBuild.props") };

        Assert.True(check.Execute());

        Assert.Equal(2, _engine.Warnings.Count);
        Assert.All(_engine.Warnings, w => Assert.Equal((Descriptors.UnknownProperty.Id, ProjectFile), (w.Code, w.File)));
        Assert.Equal((4, 5, "BriefGen has no property 'BriefGenBaseUri', so it is ignored; did you mean BriefGenBaseUrl?"), (_engine.Warnings[0].LineNumber, _engine.Warnings[0].ColumnNumber, _engine.Warnings[0].Message));
        Assert.Equal("BriefGen has no property 'BriefGenTheme', so it is ignored", _engine.Warnings[1].Message);
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
        WarningsFile = WarningsFile,
        ProjectFile = ProjectFile,
        CommandLine = WarningSwitches.Parse([]),
        Builder = builder,
    };

    /// <summary>A task whose fake builder returns <paramref name="diagnostics"/> and records the options it was given.</summary>
    private (GenerateBriefSite Task, Func<SiteBuildOptions> Seen) CreateRecordingTask(params Diagnostic[] diagnostics)
    {
        SiteBuildOptions? seen = null;
        var task = CreateTask(options =>
        {
            seen = options;
            return Result(diagnostics);
        });
        return (task, () => seen ?? throw new InvalidOperationException("the builder was not called"));
    }

    private static TaskItem Setting(string name, string value) => new(name, new Dictionary<string, string> { ["Value"] = value });

    private BuildResult Result(params Diagnostic[] diagnostics) => new()
    {
        Diagnostics = [.. diagnostics],
        OutputDir = OutputDir,
        Files = ImmutableArray<string>.Empty,
    };
}
