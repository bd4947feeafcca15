using BriefGen.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using BriefDiagnostic = BriefGen.Diagnostics.Diagnostic;

namespace BriefGen.MSBuild;

/// <summary>
/// Builds a BriefGen site during an MSBuild build. A thin adapter: it maps its parameters onto
/// <see cref="SiteBuildOptions"/>, calls <see cref="BriefGenerator.Build(SiteBuildOptions)"/>, logs the diagnostics the MSBuild way and
/// writes the manifest that the targets use for incremental builds, <c>FileWrites</c>, clean and publish.
/// </summary>
public sealed class GenerateBriefSite : BriefGenTask
{
    // BG9001 (Descriptors.InternalError), as a literal: the handler for unexpected exceptions must not itself depend on
    // the library's type initializers, which may be what failed.
    private const string InternalErrorCode = "BG9001";

    /// <summary>The time a failed build gives the manifest: older than any input, so the next build runs again.</summary>
    internal static readonly DateTime StaleManifestTime = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The site folder (holds <c>seeds/</c>, <c>templates/</c>, <c>static/</c>, <c>briefgen.yml</c>); diagnostics paths are relative to it.</summary>
    [Required]
    public string SiteDir { get; set; } = "";

    /// <summary>Where the site is written.</summary>
    [Required]
    public string OutputDir { get; set; } = "";

    /// <summary>The seed files to read. Empty means an empty site, not "discover": the targets supply the default set.</summary>
    public ITaskItem[] Seeds { get; set; } = [];

    /// <summary>The user's template folder; empty: <c>briefgen.yml</c>'s value, else <c>templates/</c> in the site folder.</summary>
    public string? TemplatesDir { get; set; }

    /// <summary>
    /// Theme folders (<c>BriefGenTheme</c> items, which theme packages declare in their <c>build/</c> props), searched in
    /// item order after <c>briefgen.yml</c>'s <c>theme:</c> folders and before the built-in templates.
    /// </summary>
    public ITaskItem[] Themes { get; set; } = [];

    /// <summary>The configuration file; empty: <c>briefgen.yml</c> in the site folder when it exists.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The public URL of the site; empty: <c>briefgen.yml</c>'s <c>baseUrl</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Where the library keeps its incremental state (the targets pass <c>$(IntermediateOutputPath)briefgen/</c>).</summary>
    public string? StateDir { get; set; }

    /// <summary>How many pages render at once; 0 or less: one per core.</summary>
    public int MaxParallelism { get; set; }

    /// <summary>
    /// Replace an existing output folder that BriefGen did not make, with whatever it holds (<c>BriefGenCleanDestination</c>);
    /// without it such a folder is refused (BG4011) unless it is empty.
    /// </summary>
    public bool CleanDestination { get; set; }

    /// <summary>Also build drafts (<c>BriefGenIncludeDrafts</c>).</summary>
    public bool IncludeDrafts { get; set; }

    /// <summary>Also build briefs whose embargo has not lifted (<c>BriefGenIncludeFuture</c>).</summary>
    public bool IncludeFuture { get; set; }

    /// <summary>Also build expired briefs (<c>BriefGenIncludeExpired</c>).</summary>
    public bool IncludeExpired { get; set; }

    /// <summary>The instant embargoes and expiries are judged at (<c>BriefGenNow</c>, ISO 8601 with an offset); empty: the clock.</summary>
    public string? Now { get; set; }

    /// <summary>
    /// Where to write when the next embargo lifts or expiry falls, as UTC ticks (deleted when nothing is scheduled): the
    /// targets regenerate the site once that instant has passed, though no input file changed. Optional.
    /// </summary>
    public string? NextChangeFile { get; set; }

    /// <summary>The manifest to write: one full path per line, every file of the site. A failed build leaves it out of date.</summary>
    [Required]
    public string ManifestFile { get; set; } = "";

    /// <summary>
    /// Where to list the folders of the site, deepest first, up to the output folder: clean removes those left empty.
    /// Written with the manifest; optional.
    /// </summary>
    public string? FoldersFile { get; set; }

    /// <summary>
    /// Where to list the theme folders the build searched (full paths, one a line), <c>theme:</c> folders of
    /// <c>briefgen.yml</c> included, which MSBuild cannot read: the targets make their files inputs of the next build
    /// and <c>dotnet watch</c> items. Written with the manifest; optional.
    /// </summary>
    public string? ThemeFoldersFile { get; set; }

    /// <summary>
    /// Where to keep the warnings this run logged, for <see cref="ReplayBriefGenWarnings"/> when a later build skips
    /// generation. Written with the manifest; optional.
    /// </summary>
    public string? WarningsFile { get; set; }

    /// <summary>True once the task ran: MSBuild leaves an output unset when it skips the target as up to date.</summary>
    [Output]
    public bool Ran { get; private set; }

    /// <summary>Every file of the site, full paths; empty when the build failed.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = [];

    /// <summary>
    /// One generator for every build in this MSBuild node: a node reused for the next <c>dotnet build</c> takes the
    /// build state it saved last from memory instead of reading it back.
    /// </summary>
    private static readonly BriefGenerator Generator = new();

    /// <summary>The builder to call; a seam for unit tests, which cannot wait for a real site build.</summary>
    internal Func<SiteBuildOptions, BuildResult> Builder { get; set; } = Generator.Build;

    /// <inheritdoc/>
    public override bool Execute()
    {
        Ran = true;
        var siteDir = Path.GetFullPath(SiteDir);

        try
        {
            Generate(siteDir);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not a user error: one clear line at normal verbosity, the stack trace for whoever reads detailed logs.
            Log.LogError(
                subcategory: null, InternalErrorCode, helpKeyword: null, file: ProjectFile, 0, 0, 0, 0,
                "internal error while building the site in '{0}': {1}: {2}", siteDir, ex.GetType().Name, ex.Message);
            Log.LogMessage(MessageImportance.Low, ex.ToString());
        }

        if (Log.HasLoggedErrors)
        {
            MarkManifestStale();
        }

        return !Log.HasLoggedErrors;
    }

    private void Generate(string siteDir)
    {
        if (!TryReadNow(out var now))
        {
            return;
        }

        var options = CreateOptions(siteDir) with { Now = now };
        var result = Builder(options);
        var warnings = LogDiagnostics(siteDir, options.WarningsAsErrors, result.Diagnostics);
        if (!result.Succeeded || Log.HasLoggedErrors)
        {
            return; // also a warning MSBuild turned into an error after the site was published (-warnaserror)
        }

        var files = result.Files.Select(f => Path.GetFullPath(Path.Combine(result.OutputDir, f))).ToArray();
        WriteNextChange(result.NextChange);
        WriteLines(ManifestFile, files);
        if (!string.IsNullOrWhiteSpace(WarningsFile))
        {
            MSBuild.WarningsFile.Write(WarningsFile, warnings);
        }

        if (!string.IsNullOrWhiteSpace(FoldersFile))
        {
            WriteLines(FoldersFile, SiteFolders.Of(files, result.OutputDir));
        }

        if (!string.IsNullOrWhiteSpace(ThemeFoldersFile))
        {
            WriteLines(ThemeFoldersFile, result.ThemeFolders);
        }

        GeneratedFiles = [.. files.Select(f => new TaskItem(f))];
        LogSummary(siteDir, result);
    }

    /// <summary>Reads <see cref="Now"/> (null when empty: the clock); false after logging BG5002 for a value that is no instant.</summary>
    private bool TryReadNow(out DateTimeOffset? now)
    {
        now = null;
        if (string.IsNullOrWhiteSpace(Now))
        {
            return true;
        }

        if (SiteBuildOptions.TryParseNow(Now, out var instant))
        {
            now = instant;
            return true;
        }

        var project = Path.GetFullPath(ProjectFile);
        LogDiagnostics(Path.GetDirectoryName(project)!, WarningsAsErrorsPolicy.None, [new BriefDiagnostic(
            Descriptors.ConfigWrongType, project, 0, 0, "BriefGenNow", $"a date-time with an offset, e.g. 2025-06-01T09:00:00-04:00, not '{Now}'")]);
        return false;
    }

    private void WriteNextChange(DateTimeOffset? next)
    {
        if (string.IsNullOrWhiteSpace(NextChangeFile))
        {
            return;
        }

        if (next is { } instant)
        {
            WriteLines(NextChangeFile, [instant.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        else if (File.Exists(NextChangeFile))
        {
            File.Delete(NextChangeFile);
        }
    }

    private SiteBuildOptions CreateOptions(string siteDir) => new()
    {
        SiteDir = siteDir,
        OutputDir = Path.GetFullPath(OutputDir),
        TemplatesDir = FullPathOrNull(TemplatesDir),
        Themes = [.. Themes.Select(t => t.GetMetadata("FullPath"))],
        ConfigFile = FullPathOrNull(ConfigFile),
        BaseUrl = string.IsNullOrWhiteSpace(BaseUrl) ? null : BaseUrl.Trim(),
        Seeds = [.. Seeds.Select(s => s.GetMetadata("FullPath"))],
        StateDir = FullPathOrNull(StateDir),
        MaxParallelism = MaxParallelism > 0 ? MaxParallelism : null,
        CleanDestination = CleanDestination,
        IncludeDrafts = IncludeDrafts,
        IncludeFuture = IncludeFuture,
        IncludeExpired = IncludeExpired,
        WarningsAsErrors = WarningsAsErrors,
        Source = new OptionSource { File = Path.GetFullPath(ProjectFile), Names = PropertyNames },
    };

    /// <summary>The MSBuild property that sets each option, for diagnostics about its value.</summary>
    private static readonly Dictionary<string, string> PropertyNames = new()
    {
        [nameof(SiteBuildOptions.OutputDir)] = "BriefGenOutputDir",
        [nameof(SiteBuildOptions.TemplatesDir)] = "BriefGenTemplatesDir",
        [nameof(SiteBuildOptions.Themes)] = "a BriefGenTheme item",
        [nameof(SiteBuildOptions.ConfigFile)] = "BriefGenConfigFile",
        [nameof(SiteBuildOptions.BaseUrl)] = "BriefGenBaseUrl",
    };

    private static string? FullPathOrNull(string? path)
        => string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path.Trim());

    /// <summary>Logs every diagnostic at a file of the user's; returns the warnings logged, for the warnings file.</summary>
    private List<LoggedWarning> LogDiagnostics(string siteDir, WarningsAsErrorsPolicy policy, IEnumerable<BriefDiagnostic> diagnostics)
    {
        var warnings = new List<LoggedWarning>();
        var siteWideFile = SiteWideFile(siteDir);
        foreach (var d in diagnostics)
        {
            // MSBuild tools report full paths: IDEs and CI annotators open them without knowing the site folder.
            var file = string.IsNullOrEmpty(d.Path) ? siteWideFile : Path.GetFullPath(Path.Combine(siteDir, d.Path));
            switch (d.Severity)
            {
                case DiagnosticSeverity.Error:
                    Log.LogError(null, d.Id, null, file, d.Line, d.Column, 0, 0, "{0}", d.Message);
                    break;
                case DiagnosticSeverity.Warning:
                    var warning = new LoggedWarning(d.Id, file, d.Line, d.Column, d.Message);
                    LogWarning(policy, warning);
                    warnings.Add(warning);
                    break;
                default:
                    Log.LogMessage(null, d.Id, null, file, d.Line, d.Column, 0, 0, MessageImportance.Normal, "{0}", d.Message);
                    break;
            }
        }

        return warnings;
    }

    /// <summary>
    /// Where a diagnostic about the whole site (no file of its own, e.g. BG5005 "no baseUrl") points: the configuration
    /// file when there is one, else the project. Never empty: MSBuild would put the package's .targets file there.
    /// </summary>
    private string SiteWideFile(string siteDir)
    {
        var config = FullPathOrNull(ConfigFile) ?? Path.Combine(siteDir, "briefgen.yml");
        return File.Exists(config) ? config : Path.GetFullPath(ProjectFile);
    }

    private static void WriteLines(string path, IEnumerable<string> lines)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")));
    }

    // A failed build leaves the previous site in place (the library swaps a site in only when it succeeded), so the
    // manifest still lists what is on disk and clean must keep reading it. Deleting it would orphan that site; keeping
    // its timestamp would make the next build skip generation and hide the errors. So: keep the list, age the file.
    private void MarkManifestStale()
    {
        if (File.Exists(ManifestFile))
        {
            File.SetLastWriteTimeUtc(ManifestFile, StaleManifestTime);
        }
    }

    private void LogSummary(string siteDir, BuildResult result)
    {
        Log.LogMessage(MessageImportance.High, BuildSummary.Format(result, siteDir));
        foreach (var file in result.Files)
        {
            Log.LogMessage(MessageImportance.Low, "  {0}", file);
        }
    }
}
