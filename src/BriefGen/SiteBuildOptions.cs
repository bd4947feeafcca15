using BriefGen.Diagnostics;

namespace BriefGen;

/// <summary>
/// What to build: the site folder and every setting that may override <c>briefgen.yml</c>. The CLI's options and
/// the MSBuild task's properties map onto this record one to one. Null means "not given here": the config file's
/// value, else the default, applies.
/// </summary>
public sealed record SiteBuildOptions
{
    /// <summary>The site folder: holds <c>seeds/</c> and the optional <c>templates/</c>, <c>static/</c> and <c>briefgen.yml</c>.</summary>
    public required string SiteDir { get; init; }

    /// <summary>Where the site is written; default: the config's <c>output</c>, else <c>SiteDir/_site</c>.</summary>
    public string? OutputDir { get; init; }

    /// <summary>The user's template folder; default: the config's <c>templates</c>, else <c>SiteDir/templates</c>.</summary>
    public string? TemplatesDir { get; init; }

    /// <summary>
    /// More theme folders, searched after the config's <c>theme:</c> folders and before the built-in defaults; under
    /// MSBuild, the <c>BriefGenTheme</c> items that theme packages declare. Null or empty: only <c>theme:</c> applies.
    /// </summary>
    public IReadOnlyList<string>? Themes { get; init; }

    /// <summary>The configuration file; default <c>SiteDir/briefgen.yml</c> when it exists.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The public URL of the site, e.g. <c>https://example.org/briefs/</c>; overrides the config's <c>baseUrl</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The seed files to read; null: every seed under <c>SiteDir/seeds</c> by the contract's rules.</summary>
    public IReadOnlyList<string>? Seeds { get; init; }

    /// <summary>Where the incremental build state is kept; null: beside the output folder, tied to it.</summary>
    public string? StateDir { get; init; }

    /// <summary>
    /// Whether a first build may replace an existing, non-empty output folder that BriefGen did not make (everything in
    /// it is deleted). False (the default): such a folder is refused with BG4011 and left untouched.
    /// </summary>
    public bool CleanDestination { get; init; }

    /// <summary>
    /// Which warnings fail the build as errors (default: none). They are turned before anything is written, so such a
    /// failed build leaves the output folder as it was. Warnings about tidying up after the site is published stay warnings.
    /// </summary>
    public WarningsAsErrorsPolicy WarningsAsErrors { get; init; } = WarningsAsErrorsPolicy.None;

    /// <summary>Where these options were given, for diagnostics about their values; null: no file, options named by their property.</summary>
    public OptionSource? Source { get; init; }

    /// <summary>How many pages render at once; null: one per core.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>
    /// Where the build tells how far it is (stage, seeds read, files rendered), for a caller that shows progress; null:
    /// nobody watches. Reading it from another thread while the build runs is safe and costs the build nothing measurable.
    /// </summary>
    public BuildProgress? Progress { get; init; }

    /// <summary>Whether drafts (<c>draft: true</c>) are built like published briefs; false (the default): they are in no output.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Whether briefs under embargo (an <c>embargo</c> after <see cref="Now"/>) are built; false (the default): they are in no output.</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>Whether expired briefs (an <c>expires</c> at or before <see cref="Now"/>) are built; false (the default): they are in no output.</summary>
    public bool IncludeExpired { get; init; }

    /// <summary>
    /// The instant embargoes and expiries are judged at, for a reproducible build; null: the clock, read once when the
    /// build starts.
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>
    /// Reads a <see cref="Now"/> value as the command line (<c>--now</c>) and MSBuild (<c>BriefGenNow</c>) take it: an
    /// ISO 8601 date-time with an offset or <c>Z</c>, e.g. <c>2025-06-01T09:00:00-04:00</c>; false for anything else,
    /// a date alone included (the instant an embargo is judged at is never guessed).
    /// </summary>
    public static bool TryParseNow(string text, out DateTimeOffset now)
    {
        var parsed = Model.ScheduleDate.TryParse(text.Trim(), out var date) && !date.IsDateOnly;
        now = parsed ? date.Instant : default;
        return parsed;
    }

    /// <summary>How long to wait for another build of the same output folder (default 10 minutes); tests shorten it.</summary>
    internal TimeSpan? LockTimeout { get; init; }
}
