using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Rendering.Templates;

namespace BriefGen;

/// <summary>The outcome of a site build.</summary>
public sealed record BuildResult
{
    /// <summary>Every diagnostic, sorted (path, line, column, code). Paths inside the site folder are relative to it, with <c>/</c>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when no error was reported and the site was swapped into place.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The number of briefs in the site.</summary>
    public int BriefCount { get; init; }

    /// <summary>The output folder, full path.</summary>
    public string OutputDir { get; init; } = "";

    /// <summary>The configuration file the build read, full path; null when it read none (the defaults applied).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>
    /// The theme folders the build's template lookup searched (full paths, in lookup order): the config's <c>theme:</c>
    /// folders, then <see cref="SiteBuildOptions.Themes"/>. What a watcher or an up-to-date check must follow besides the
    /// site's own folders.
    /// </summary>
    public ImmutableArray<string> ThemeFolders { get; init; } = [];

    /// <summary>Every file of the site, relative to <see cref="OutputDir"/> with <c>/</c>, sorted.</summary>
    public ImmutableArray<string> Files { get; init; } = [];

    /// <summary>
    /// Each brief's page (a file of <see cref="Files"/>, e.g. <c>briefs/x/index.html</c>) and the seed it was made from,
    /// as diagnostics name it (relative to the site folder, with <c>/</c>), so a problem found in a page can name its seed.
    /// </summary>
    public ImmutableSortedDictionary<string, string> BriefPages { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// The pages of <see cref="BriefPages"/> whose briefs are held (drafts, under embargo or expired) but were included
    /// all the same (<see cref="SiteBuildOptions.IncludeDrafts"/> and the like), e.g. for a preview to mark them.
    /// </summary>
    public ImmutableSortedSet<string> HeldPages { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>How many briefs are held out of the site (drafts, under embargo or expired, and not included).</summary>
    public int HeldCount { get; init; }

    /// <summary>When the next embargo lifts or expiry falls, after the build's instant: the site should be rebuilt then. Null when none is ahead.</summary>
    public DateTimeOffset? NextChange { get; init; }

    /// <summary>How many files were (re)written rather than kept from the previous build.</summary>
    public int FilesWritten { get; init; }

    /// <summary>
    /// How many generated files (pages, feeds, JSON) were rendered; an incremental build keeps the others without
    /// rendering them, as their inputs and templates are unchanged. Static files and assets are not counted.
    /// </summary>
    public int FilesRendered { get; init; }

    /// <summary>Wall time of the build.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Where each template this build used (or checked for an incremental build) was found, by name.</summary>
    public ImmutableArray<TemplateSource> Templates { get; init; } = [];

    /// <summary>The site's public URL as the build resolved it (options over <c>briefgen.yml</c>), ending in <c>/</c>; null without one.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Time and allocations per stage (read, assemble, render+write, commit, state); null when the build stopped before rendering.</summary>
    public BuildTimings? Timings { get; init; }
}
