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
/// The entry point of the library: builds a site (<see cref="Build(SiteBuildOptions)"/>) the same way for the CLI
/// (<c>briefgen build</c>) and the MSBuild task.
/// </summary>
public static class BriefGenerator
{
    /// <summary>Builds the site described by <paramref name="options"/>: read seeds, assemble, render, write atomically.</summary>
    public static BuildResult Build(SiteBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(options, null, null);
    }

    /// <summary>
    /// Builds into the writer <paramref name="createWriter"/> makes for the output folder (tests pass an
    /// <see cref="InMemorySiteWriter"/>); such a build is always a full one and keeps no build state. Nothing is
    /// committed when any error was reported.
    /// </summary>
    public static BuildResult Build(SiteBuildOptions options, Func<string, ISiteWriter> createWriter)
    {
        ArgumentNullException.ThrowIfNull(createWriter);
        return Build(options, createWriter, null);
    }

    /// <summary>
    /// The build with a chosen writer (null: the output folder on disk, incremental), seed loader (tests read seeds
    /// through stand-in readers) and memory budget for whole briefs (tests lower it to exercise reading briefs again).
    /// </summary>
    internal static BuildResult Build(SiteBuildOptions options, Func<string, ISiteWriter>? createWriter, SeedLoader? seedLoader, long seedBudget = SeedStore.DefaultBudget)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var timings = new BuildTimings();
        var siteDir = Path.GetFullPath(options.SiteDir);
        var bag = new DiagnosticBag();
        if (!Directory.Exists(siteDir))
        {
            bag.Report(Descriptors.PathNotFound, options.SiteDir, 0, 0, "the site folder");
            return Result(bag, 0, "", [], 0, clock);
        }

        var config = SiteConfigResolver.Resolve(options, siteDir, bag);
        var configuredOutput = Path.GetFullPath(options.OutputDir ?? Path.Combine(siteDir, config.Output));
        var outputDir = RealPath.Of(configuredOutput); // a symbolic link is resolved once: the folder it names is built
        var templatesDir = Path.GetFullPath(options.TemplatesDir ?? Path.Combine(siteDir, config.Templates));
        var inputs = new SiteInputs(siteDir, Path.Combine(siteDir, "seeds"), templatesDir, Path.Combine(siteDir, "static"), ConfigFileOf(options, siteDir), options.StateDir);
        var output = OutputChoice.Of(options, siteDir, configuredOutput, inputs.ConfigFile);
        if (OutputFolderRules.Overlap(outputDir, inputs) is { } overlap)
        {
            bag.Report(Descriptors.OutputOverlapsSite, output.Where, 0, 0, output.Named, overlap);
            return Result(bag, 0, outputDir, [], 0, clock);
        }

        // A folder of the user's is refused before anything is written beside it, even the lock; checked again below.
        var stateFile = BuildState.FileFor(outputDir, options.StateDir);
        if (createWriter is null && !IsOurs(options, outputDir, output, bag))
        {
            return Result(bag, 0, outputDir, [], 0, clock);
        }

        // One build of a folder at a time: they would share its mirror, state and swap.
        var lockTimeout = options.LockTimeout ?? BuildLock.DefaultTimeout;
        BuildLock? buildLock = null;
        if (createWriter is null && !BuildLock.TryAcquire(stateFile, lockTimeout, out buildLock))
        {
            bag.Report(Descriptors.OutputBusy, null, 0, 0, outputDir, (int)lockTimeout.TotalSeconds);
            return Result(bag, 0, outputDir, [], 0, clock);
        }

        using var held = buildLock;
        try
        {
            if (createWriter is null && !Prepare(options, outputDir, output, stateFile, siteDir, bag))
            {
                return Result(bag, 0, outputDir, [], 0, clock);
            }

            return Generate(new BuildRun(options, config, outputDir, inputs), createWriter, seedLoader, seedBudget, bag, timings, clock);
        }
        catch (Exception e) when (ResourceFailures.AllFromFileSystem(e))
        {
            ResourceFailures.Report(e, siteDir, bag);
            return Result(bag, 0, outputDir, [], 0, clock);
        }
    }

    /// <summary>
    /// Before anything is read, holding the lock: recovers what a killed build left (<see cref="OutputRecovery"/>) and
    /// checks that the output folder is BriefGen's to replace. False (with BG4011) when it is not.
    /// </summary>
    private static bool Prepare(SiteBuildOptions options, string outputDir, OutputChoice output, string stateFile, string siteDir, DiagnosticBag bag)
    {
        foreach (var left in OutputRecovery.Run(outputDir, SiteMirror.For(stateFile, null).Dir))
        {
            ReportTidying(left, siteDir, bag);
        }

        return IsOurs(options, outputDir, output, bag);
    }

    /// <summary>Whether the output folder is BriefGen's to replace (or the options say to replace it anyway); else BG4011.</summary>
    private static bool IsOurs(SiteBuildOptions options, string outputDir, OutputChoice output, DiagnosticBag bag)
    {
        if (!options.CleanDestination && OutputFolderRules.FirstForeignEntry(outputDir) is { } foreign)
        {
            bag.Report(Descriptors.OutputNotOwned, output.Where, 0, 0, output.Named, foreign);
            return false;
        }

        return true;
    }

    /// <summary>Read, assemble, render and write, once the output folder is known to be BriefGen's.</summary>
    private static BuildResult Generate(BuildRun run, Func<string, ISiteWriter>? createWriter, SeedLoader? seedLoader, long seedBudget, DiagnosticBag bag, BuildTimings timings, Stopwatch clock)
    {
        var (options, config, outputDir, inputs) = (run.Options, run.Config, run.OutputDir, run.Inputs);
        var siteDir = inputs.SiteDir;

        // Only a site on disk has a previous build to keep files and seeds from; its state loads while the seeds
        // folder is listed, as neither needs the other.
        var stateBag = new DiagnosticBag();
        var loading = createWriter is null
            ? Task.Run(() => IncrementalBuild.Start(outputDir, options.StateDir, config, stateBag))
            : Task.FromResult(IncrementalBuild.None);
        var (briefs, store, incremental) = ReadSeeds(options, inputs, config, seedLoader, seedBudget, loading, bag);
        bag.AddRange(stateBag.ToImmutable());
        var parallelism = options.MaxParallelism ?? Environment.ProcessorCount;
        timings.Mark("read");

        // Assembled even after reading errors, so slug collisions show up in the same run; nothing is rendered then.
        var site = SiteAssembler.Assemble(config, briefs, bag, store);
        timings.Mark("assemble");
        if (bag.HasErrors)
        {
            return Result(bag, site.Briefs.Count, outputDir, [], 0, clock);
        }

        using var writer = createWriter is null ? new FileSystemSiteWriter(outputDir, incremental.Mirror) : createWriter(outputDir);
        var templates = new TemplateLoader(inputs.TemplatesDir, SiteConfigResolver.Display(siteDir, inputs.TemplatesDir));
        var (found, rendered) = SiteRenderer.Render(site, new RenderInputs(templates, inputs.StaticDir, parallelism), writer, new PageMemory(incremental, templates));
        bag.AddRange(found);
        timings.Mark("render+write");
        bag.TreatAsErrors(options.WarningsAsErrors); // before the commit: a warning turned into an error writes nothing
        var files = bag.HasErrors ? [] : writer.Commit();
        timings.Mark("commit");
        if (!bag.HasErrors)
        {
            if (writer is FileSystemSiteWriter { AfterCommitFailure: { } tidy })
            {
                ReportTidying(tidy, siteDir, bag);
            }

            incremental.Next.Files = files;
            incremental.Finish(outputDir, bag);
            timings.Mark("state");
        }

        return Result(bag, site.Briefs.Count, outputDir, files, writer.FilesWritten, clock) with { FilesRendered = rendered, Timings = timings };
    }

    /// <summary>BG4015: tidying up what a build (this one or an interrupted one) left failed; the site is whole.</summary>
    private static void ReportTidying(FileSystemFailure failure, string siteDir, DiagnosticBag bag)
    {
        var path = SiteConfigResolver.Display(siteDir, failure.FailedPath);
        bag.Report(Descriptors.TidyingFailed, path, 0, 0, path, failure.Words);
    }

    /// <summary>The configuration file a build reads, when there is one.</summary>
    private static string? ConfigFileOf(SiteBuildOptions options, string siteDir)
    {
        var file = options.ConfigFile is null ? Path.Combine(siteDir, "briefgen.yml") : Path.GetFullPath(options.ConfigFile);
        return File.Exists(file) ? file : null;
    }

    /// <summary>
    /// Reads every seed in parallel, keeping briefs whole within the store's memory budget; a seed unchanged since
    /// the previous build comes from the seed cache instead (and is read whole only if a page of it is rendered).
    /// The incremental state being loaded (<paramref name="loading"/>) is awaited once the seeds are listed.
    /// </summary>
    private static (List<(string, SlimBrief)> Briefs, SeedStore Store, IncrementalBuild Incremental) ReadSeeds(SiteBuildOptions options, SiteInputs inputs, SiteConfig config, SeedLoader? seedLoader, long seedBudget, Task<IncrementalBuild> loading, DiagnosticBag bag)
    {
        var (siteDir, seedsDir) = (inputs.SiteDir, inputs.SeedsDir);
        var loader = seedLoader ?? SeedLoader.CreateDefault(new ReaderOptions { ExtraChromeLines = config.ChromeLines, MaxSeedBytes = config.MaxSeedBytes });
        var store = new SeedStore(loader, seedBudget);
        if (options.Seeds is not { Count: > 0 } && !Directory.Exists(seedsDir))
        {
            // An error, not an empty site: a renamed seeds folder must never replace a published site with index pages.
            bag.Report(Descriptors.SeedsFolderMissing, SiteConfigResolver.Display(siteDir, seedsDir), 0, 0, SiteConfigResolver.Display(siteDir, seedsDir), SeedLookalikes.OutsideSeedsHint(siteDir));
            return ([], store, loading.GetAwaiter().GetResult());
        }

        var files = options.Seeds is { } given
            ? [.. given.Select(s => Path.GetFullPath(s, siteDir)).Select(full => SeedLoader.FileAt(full, SiteConfigResolver.Display(siteDir, full)))]
            : loader.Discover(seedsDir, siteDir, bag);
        var incremental = loading.GetAwaiter().GetResult();
        var now = DateTime.UtcNow;
        var loaded = files.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, options.MaxParallelism ?? Environment.ProcessorCount))
            .Select(file => Load(file, store, incremental, now)).ToList();
        var briefs = new List<(string, SlimBrief)>(loaded.Count);
        foreach (var seed in loaded)
        {
            bag.AddRange(seed.Diagnostics);
            if (seed.Brief is not null)
            {
                briefs.Add((seed.File.DisplayPath, seed.Brief));
            }
        }

        if (briefs.Count == 0 && !bag.HasErrors)
        {
            bag.Report(Descriptors.NoBriefs, null, 0, 0, "seeds", SeedLookalikes.OutsideSeedsHint(siteDir));
        }

        return (briefs, store, incremental);
    }

    private static StoredSeed Load(SeedFile file, SeedStore store, IncrementalBuild incremental, DateTime now)
    {
        // Stamped before reading: an edit made while the seed is read shows as a new stamp next time.
        var stamp = incremental.StateFile is null ? null : SeedStamp.Of(file, now);
        if (stamp is { } known && incremental.Previous.FindSeed(file.FullPath, known) is { } cached)
        {
            incremental.Next.KeepSeed(file.FullPath, cached);
            return store.LoadCached(file, cached);
        }

        var seed = store.Load(file);
        if (stamp is { } taken && seed.Brief is { } brief && seed.Diagnostics.IsEmpty)
        {
            // A seed that reported anything is read again next time, so its diagnostics are reported again.
            incremental.Next.RecordSeed(file.FullPath, store.ToCache(taken, brief));
        }

        return seed;
    }

    private static BuildResult Result(DiagnosticBag bag, int briefs, string outputDir, IReadOnlyList<string> files, int written, Stopwatch clock)
        => new()
        {
            Diagnostics = bag.ToSortedImmutable(),
            BriefCount = briefs,
            OutputDir = outputDir,
            Files = [.. files],
            FilesWritten = written,
            Elapsed = clock.Elapsed,
        };
}
