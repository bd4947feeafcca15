using System.Diagnostics;
using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Incremental;
using BriefGen.Model;
using BriefGen.Output;
using BriefGen.Reading;
using BriefGen.Rendering;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using BriefGen.Site;

namespace BriefGen;

/// <summary>
/// The entry point of the library: builds a site the same way for the CLI (<c>briefgen build</c>), the MSBuild task and
/// any other caller. A generator remembers the build state it saved last, so building the same folder again (a watch
/// loop, a reused MSBuild node) need not read that state back from disk: hold one generator for as long as you build.
/// Thread-safe; builds of the same output folder wait for each other.
/// </summary>
public sealed class BriefGenerator
{
    private readonly IReadOnlyList<ISeedReader> _readers;
    private readonly BuildStateCache _stateCache = new();

    /// <summary>What numbers the search terms of the next build: bounded to what the sites built use.</summary>
    internal SearchVocabulary SearchVocabulary => _stateCache.Vocabulary;

    /// <summary>A generator that reads the built-in seed formats: page dumps (<c>.txt</c>) and Markdown (<c>.md</c>).</summary>
    public BriefGenerator()
        : this([])
    {
    }

    /// <summary>
    /// A generator that also reads the seed formats of <paramref name="readers"/>: each reads the files with its
    /// extensions, in place of a built-in reader for the same extension (a later reader wins over an earlier one).
    /// </summary>
    /// <param name="readers">The extra seed formats.</param>
    public BriefGenerator(IEnumerable<ISeedReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [.. readers];
    }

    /// <summary>Builds the site described by <paramref name="options"/>: read seeds, assemble, render, write atomically.</summary>
    /// <param name="options">What to build and where.</param>
    /// <returns>The diagnostics and what was written; nothing is published when any error was reported.</returns>
    public BuildResult Build(SiteBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(options, BuildHooks.None);
    }

    /// <summary>
    /// Builds into the writer <paramref name="createWriter"/> makes for the output folder (tests pass an
    /// <see cref="InMemorySiteWriter"/>); such a build is always a full one and keeps no build state. Nothing is
    /// committed when any error was reported.
    /// </summary>
    internal BuildResult Build(SiteBuildOptions options, Func<string, ISiteWriter> createWriter) => Build(options, new BuildHooks(createWriter));

    /// <summary>The build with what tests replace (<see cref="BuildHooks"/>).</summary>
    internal BuildResult Build(SiteBuildOptions options, BuildHooks hooks)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Progress?.Restart();
        try
        {
            return Run(options, hooks);
        }
        finally
        {
            options.Progress?.Enter(BuildStage.Idle);
        }
    }

    /// <summary>The build's hold policy: the given instant, else the clock read now, once for the whole build.</summary>
    private static HoldPolicy HoldsOf(SiteBuildOptions options)
    {
        var included = (options.IncludeDrafts ? HoldReasons.Draft : HoldReasons.None)
            | (options.IncludeFuture ? HoldReasons.Embargoed : HoldReasons.None)
            | (options.IncludeExpired ? HoldReasons.Expired : HoldReasons.None);
        return new HoldPolicy(options.Now ?? DateTimeOffset.Now, included);
    }

    /// <summary>The checks, the lock and the build's stages.</summary>
    private BuildResult Run(SiteBuildOptions options, BuildHooks hooks)
    {
        var clock = Stopwatch.StartNew();
        var timings = new BuildTimings();
        var siteDir = Path.GetFullPath(options.SiteDir);
        var bag = new DiagnosticBag();
        if (!Directory.Exists(siteDir))
        {
            bag.Report(Descriptors.PathNotFound, options.SiteDir, 0, 0, "the site folder");
            return new BuildResult { Diagnostics = bag.ToSortedImmutable(), Elapsed = clock.Elapsed };
        }

        var (config, positions) = SiteConfigResolver.ResolveWithPositions(options, siteDir, bag);
        var configuredOutput = Path.GetFullPath(options.OutputDir ?? Path.Combine(siteDir, config.Output));
        var outputDir = RealPath.Of(configuredOutput); // a symbolic link is resolved once: the folder it names is built
        var templatesDir = SiteConfigResolver.TemplatesFolder(options, siteDir, config);
        var inputs = new SiteInputs
        {
            SiteDir = siteDir, SeedsDir = Path.Combine(siteDir, "seeds"), PagesDir = Path.Combine(siteDir, "pages"), TemplatesDir = templatesDir, StaticDir = Path.Combine(siteDir, "static"),
            Themes = SiteConfigResolver.ThemeFolders(options, siteDir, config),
            ConfigFile = ConfigFileOf(options, siteDir), StateDir = options.StateDir,
        };
        var run = new BuildRun { Options = options, Config = config, ConfigPositions = positions, OutputDir = outputDir, Inputs = inputs, Hooks = hooks, Diagnostics = bag, Timings = timings, Clock = clock, Holds = HoldsOf(options) };
        var output = OutputChoice.Of(options, siteDir, configuredOutput, inputs.ConfigFile);
        if (OutputFolderRules.Overlap(outputDir, inputs) is { } overlap)
        {
            bag.Report(Descriptors.OutputOverlapsSite, output.Where, 0, 0, output.Named, overlap);
            return run.Result();
        }

        // A folder of the user's is refused before anything is written beside it, even the lock; checked again below.
        var stateFile = BuildState.FileFor(outputDir, options.StateDir);
        if (hooks.OnDisk && !IsOurs(run, output))
        {
            return run.Result();
        }

        // One build of a folder at a time: they would share its mirror, state and swap.
        var lockTimeout = options.LockTimeout ?? BuildLock.DefaultTimeout;
        BuildLock? buildLock = null;
        if (hooks.OnDisk && !BuildLock.TryAcquire(stateFile, lockTimeout, out buildLock))
        {
            bag.Report(Descriptors.OutputBusy, null, 0, 0, outputDir, (int)lockTimeout.TotalSeconds);
            return run.Result();
        }

        using var held = buildLock;
        try
        {
            if (hooks.OnDisk && !Prepare(run, output, stateFile))
            {
                return run.Result();
            }

            return new SiteBuild(run, _readers, _stateCache).Run();
        }
        catch (Exception e) when (ResourceFailures.AllFromFileSystem(e))
        {
            ResourceFailures.Report(e, siteDir, bag);
            return run.Result();
        }
    }

    /// <summary>
    /// Before anything is read, holding the lock: recovers what a killed build left (<see cref="OutputRecovery"/>) and
    /// checks that the output folder is BriefGen's to replace. False (with BG4011) when it is not.
    /// </summary>
    private static bool Prepare(BuildRun run, OutputChoice output, string stateFile)
    {
        foreach (var left in OutputRecovery.Run(run.OutputDir, SiteMirror.For(stateFile, null).Dir))
        {
            SiteBuild.ReportTidying(left, run.Inputs.SiteDir, run.Diagnostics);
        }

        return IsOurs(run, output);
    }

    /// <summary>Whether the output folder is BriefGen's to replace (or the options say to replace it anyway); else BG4011.</summary>
    private static bool IsOurs(BuildRun run, OutputChoice output)
    {
        if (!run.Options.CleanDestination && OutputFolderRules.FirstForeignEntry(run.OutputDir) is { } foreign)
        {
            run.Diagnostics.Report(Descriptors.OutputNotOwned, output.Where, 0, 0, output.Named, foreign);
            return false;
        }

        return true;
    }

    /// <summary>The configuration file a build reads, when there is one.</summary>
    private static string? ConfigFileOf(SiteBuildOptions options, string siteDir)
    {
        var file = options.ConfigFile is null ? Path.Combine(siteDir, "briefgen.yml") : Path.GetFullPath(options.ConfigFile);
        return File.Exists(file) ? file : null;
    }
}
