using System.Diagnostics;
using BriefGen.Diagnostics;
using BriefGen.Output;
using BriefGen.Site;

namespace BriefGen;

/// <summary>One build's resolved settings and its record so far: what <see cref="BriefGenerator"/> hands from its checks to <see cref="SiteBuild"/>.</summary>
internal sealed record BuildRun
{
    /// <summary>The caller's options.</summary>
    public required SiteBuildOptions Options { get; init; }

    /// <summary>The configuration with the options laid over it.</summary>
    public required SiteConfig Config { get; init; }

    /// <summary>Where each setting's value stands in the configuration file, for problems found with a value after it was read.</summary>
    public required SettingPositions ConfigPositions { get; init; }

    /// <summary>The output folder's real path.</summary>
    public required string OutputDir { get; init; }

    /// <summary>The site folder and the folders and files it reads, full paths.</summary>
    public required SiteInputs Inputs { get; init; }

    /// <summary>What tests replace.</summary>
    public required BuildHooks Hooks { get; init; }

    /// <summary>Every problem found so far.</summary>
    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>Time and allocations per stage.</summary>
    public required BuildTimings Timings { get; init; }

    /// <summary>Time since the build started.</summary>
    public required Stopwatch Clock { get; init; }

    /// <summary>Which briefs are held at the build's instant (read once per build) and which of them are included anyway.</summary>
    public required HoldPolicy Holds { get; init; }

    /// <summary>The result so far: the diagnostics, and the time since the build started.</summary>
    public BuildResult Result(int briefCount = 0) => new()
    {
        Diagnostics = Diagnostics.ToSortedImmutable(), BriefCount = briefCount, OutputDir = OutputDir, ConfigFile = Inputs.ConfigFile, ThemeFolders = [.. Inputs.Themes], Elapsed = Clock.Elapsed, BaseUrl = Config.BaseUrl,
    };
}
