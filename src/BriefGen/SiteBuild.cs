using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Incremental;
using BriefGen.Model;
using BriefGen.Output;
using BriefGen.Reading;
using BriefGen.Reading.Pages;
using BriefGen.Rendering;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using SiteModel = BriefGen.Site.Site;

namespace BriefGen;

/// <summary>
/// One build, once its output folder is known to be BriefGen's: read, assemble, render and write, then remember.
/// The stages meet only here: each hands the next what it made.
/// </summary>
/// <param name="run">The build's settings and its record so far.</param>
/// <param name="readers">The seed formats the generator was given besides the built-in ones.</param>
/// <param name="stateCache">The generator's memory of the build state it saved last.</param>
internal sealed class SiteBuild(BuildRun run, IReadOnlyList<ISeedReader> readers, BuildStateCache stateCache)
{
    private readonly DiagnosticBag _bag = run.Diagnostics;

    /// <summary>Runs the build; nothing is published when any error was reported.</summary>
    public BuildResult Run()
    {
        var (options, config, outputDir, inputs) = (run.Options, run.Config, run.OutputDir, run.Inputs);
        options.Progress?.Enter(BuildStage.Read);

        // Only a site on disk has a previous build to keep files and seeds from; its state loads while the seeds
        // folder is listed, as neither needs the other.
        var stateBag = new DiagnosticBag();
        var loading = run.Hooks.OnDisk
            ? Task.Run(() => IncrementalBuild.Start(outputDir, options.StateDir, config, stateCache, stateBag))
            : Task.FromResult(IncrementalBuild.None);
        var (briefs, store, incremental) = ReadSeeds(loading);
        _bag.AddRange(stateBag.ToImmutable());
        var pages = PageReader.ReadAll(inputs.PagesDir, inputs.SiteDir, _bag);
        run.Timings.Mark("read");
        options.Progress?.Enter(BuildStage.Assemble);

        // Assembled even after reading errors, so slug collisions show up in the same run; nothing is rendered then.
        var site = SiteAssembler.Assemble(config, briefs, _bag, store, run.Holds);
        var configPath = inputs.ConfigFile is { } file ? SiteConfigResolver.Display(inputs.SiteDir, file) : null;
        PageAssembler.Place(site, pages, configPath, _bag, run.Holds);
        var templates = SiteTemplates.LoaderFor(inputs);
        var strings = StringsTables.Load(templates, config, (configPath, run.ConfigPositions), _bag);
        var renumbered = stateCache.Bound(store.Vocabulary, config.Search ? store.SearchTermsInUse() : 0);
        run.Timings.Mark("assemble");
        if (_bag.HasErrors)
        {
            return run.Result(site.Briefs.Count);
        }

        options.Progress?.Enter(BuildStage.Render);
        using var writer = run.Hooks.CreateWriter is { } create ? create(outputDir) : new FileSystemSiteWriter(outputDir, incremental.Mirror);
        var (found, rendered) = Render(site, writer, incremental, new RenderInputs(templates, inputs.StaticDir, run.Options.MaxParallelism ?? Environment.ProcessorCount, strings));
        _bag.AddRange(found);
        run.Timings.Mark("render+write");
        options.Progress?.Enter(BuildStage.Commit);
        _bag.TreatAsErrors(options.WarningsAsErrors); // before the commit: a warning turned into an error writes nothing
        var files = _bag.HasErrors ? [] : writer.Commit();
        run.Timings.Mark("commit");
        if (!_bag.HasErrors)
        {
            if (writer is FileSystemSiteWriter { AfterCommitFailure: { } tidy })
            {
                ReportTidying(tidy, inputs.SiteDir, _bag);
            }

            options.Progress?.Enter(BuildStage.State);
            if (renumbered is not null)
            {
                incremental.Next.NumberSearchIn(renumbered);
            }

            incremental.Next.Files = files;
            incremental.Finish(outputDir, _bag);
            run.Timings.Mark("state");
        }

        return run.Result(site.Briefs.Count) with
        {
            Files = [.. files], BriefPages = BriefPages(site), HeldPages = HeldPages(site), HeldCount = site.Schedule.HeldOut, NextChange = site.Schedule.NextChange, FilesWritten = writer.FilesWritten, FilesRendered = rendered, Timings = run.Timings,
            Templates = [.. templates.Resolved],
        };
    }

    private static System.Collections.Immutable.ImmutableSortedDictionary<string, string> BriefPages(SiteModel site)
    {
        var pages = System.Collections.Immutable.ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var brief in site.Briefs)
        {
            pages[PermalinkPattern.FileOf(brief.Url)] = brief.SourcePath;
        }

        return pages.ToImmutable();
    }

    /// <summary>The pages of the briefs included although held (<c>--drafts</c>, <c>--future</c>, <c>--expired</c>).</summary>
    private static System.Collections.Immutable.ImmutableSortedSet<string> HeldPages(SiteModel site)
        => System.Collections.Immutable.ImmutableSortedSet.CreateRange(
            StringComparer.Ordinal, site.Briefs.Where(b => b.Hold != HoldReasons.None).Select(b => PermalinkPattern.FileOf(b.Url)));

    /// <summary>BG4015: tidying up what a build (this one or an interrupted one) left failed; the site is whole.</summary>
    public static void ReportTidying(FileSystemFailure failure, string siteDir, DiagnosticBag bag)
    {
        var path = SiteConfigResolver.Display(siteDir, failure.FailedPath);
        bag.Report(Descriptors.TidyingFailed, path, 0, 0, path, failure.Words);
    }

    private (System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics, int Rendered) Render(SiteModel site, ISiteWriter writer, IncrementalBuild incremental, RenderInputs inputs)
    {
        var progress = run.Options.Progress is { } watched ? new RenderProgress(watched.GeneratedFiles) : null;
        return SiteRenderer.Render(site, inputs, writer, new PageMemory(incremental, inputs.Templates), progress);
    }

    /// <summary>
    /// Reads every seed in parallel, keeping briefs whole within the store's memory budget; a seed unchanged since
    /// the previous build comes from the seed cache instead (and is read whole only if a page of it is rendered).
    /// The incremental state being loaded (<paramref name="loading"/>) is awaited once the seeds are listed.
    /// </summary>
    private (List<(string, SlimBrief)> Briefs, SeedStore Store, IncrementalBuild Incremental) ReadSeeds(Task<IncrementalBuild> loading)
    {
        var (options, config) = (run.Options, run.Config);
        var (siteDir, seedsDir) = (run.Inputs.SiteDir, run.Inputs.SeedsDir);
        var loader = run.Hooks.SeedLoader ?? new SeedLoader(
            [.. SeedLoader.BuiltInReaders, .. readers], new ReaderOptions { ExtraChromeLines = config.ChromeLines, MaxSeedBytes = config.MaxSeedBytes });
        var store = new SeedStore(loader, run.Hooks.SeedBudget, stateCache.Vocabulary, config.Search ? brief => !IsLeftOut(brief) : null);
        if (options.Seeds is not { Count: > 0 } && !Directory.Exists(seedsDir))
        {
            // An error, not an empty site: a renamed seeds folder must never replace a published site with index pages.
            var display = SiteConfigResolver.Display(siteDir, seedsDir);
            _bag.Report(Descriptors.SeedsFolderMissing, display, 0, 0, display, SeedLookalikes.OutsideSeedsHint(siteDir));
            return ([], store, loading.GetAwaiter().GetResult());
        }

        var files = options.Seeds is { } given
            ? [.. given.Select(s => Path.GetFullPath(s, siteDir)).Select(full => SeedLoader.FileAt(full, SiteConfigResolver.Display(siteDir, full)))]
            : loader.Discover(seedsDir, siteDir, _bag);
        var incremental = loading.GetAwaiter().GetResult();
        var now = DateTime.UtcNow;
        var counted = options.Progress?.Seeds;
        counted?.Start(files.Count);
        var loaded = files.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, options.MaxParallelism ?? Environment.ProcessorCount))
            .Select(file => Load(file, store, incremental, now, counted)).ToList();
        var briefs = new List<(string, SlimBrief)>(loaded.Count);
        foreach (var seed in loaded)
        {
            _bag.AddRange(seed.Diagnostics);
            if (seed.Brief is not null)
            {
                briefs.Add((seed.File.DisplayPath, seed.Brief));
            }
        }

        if (briefs.Count == 0 && !_bag.HasErrors)
        {
            _bag.Report(Descriptors.NoBriefs, null, 0, 0, "seeds", SeedLookalikes.OutsideSeedsHint(siteDir));
        }

        return (briefs, store, incremental);
    }

    private StoredSeed Load(SeedFile file, SeedStore store, IncrementalBuild incremental, DateTime now, ProgressCount? counted)
    {
        // Stamped before reading: an edit made while the seed is read shows as a new stamp next time.
        var stamp = incremental.StateFile is null ? null : SeedStamp.Of(file, now);
        if (stamp is { } known && incremental.Previous.FindSeed(file.FullPath, known)?.NumberedBy(store.Vocabulary) is { } cached)
        {
            if (!IsLeftOut(cached.Brief))
            {
                incremental.Next.KeepSeed(file.FullPath, cached);
            }

            counted?.Advance(kept: true);
            return store.LoadCached(file, cached);
        }

        var seed = store.Load(file);
        if (stamp is { } taken && seed.Brief is { } brief && seed.Diagnostics.IsEmpty && !IsLeftOut(brief))
        {
            // A seed that reported anything is read again next time, so its diagnostics are reported again.
            incremental.Next.RecordSeed(file.FullPath, store.ToCache(taken, brief));
        }

        counted?.Advance(kept: false);
        return seed;
    }

    /// <summary>
    /// True for a brief this build holds back: the seed cache never keeps it, so no trace of it is left in the build
    /// state either (it is read again, cheaply, while it stays held).
    /// </summary>
    private bool IsLeftOut(SlimBrief brief) => run.Holds.LeavesOut(run.Holds.ReasonsFor(brief));
}
