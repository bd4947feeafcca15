using System.Collections.Concurrent;
using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Hashing;
using BriefGen.Reading;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using BriefGen.Rendering.Templates.Functions;
using Scriban.Runtime;
using SiteModel = BriefGen.Site.Site;

namespace BriefGen.Rendering;

/// <summary>
/// Renders an assembled site into an <see cref="ISiteWriter"/>: generated files in parallel (bounded degree),
/// each streamed to the writer as soon as it is rendered, then the site's static files, default assets and the built-in icon. Stops
/// at the first failing page: the build fails anyway, and the writer is not committed. In an incremental build a
/// file whose inputs and templates hash as the previous build recorded is not rendered: the writer keeps the
/// previous file (a hard link, same inode and time).
/// </summary>
internal static class SiteRenderer
{
    /// <summary>Renders every file, without an incremental build; the diagnostics say whether the result may be committed.</summary>
    public static ImmutableArray<Diagnostic> Render(SiteModel site, RenderInputs inputs, ISiteWriter writer)
        => Render(site, inputs, writer, NoRenderMemory.Instance).Diagnostics;

    /// <summary>
    /// Renders every file that <paramref name="memory"/> cannot keep from the previous build and remembers each. Also says how many generated files were rendered (the
    /// others were kept). With <paramref name="progress"/>, the plan is counted first (it is cheap) so the count has a total.
    /// </summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, int Rendered) Render(SiteModel site, RenderInputs inputs, ISiteWriter writer, IRenderMemory memory, IRenderProgress? progress = null)
    {
        var catalog = new TemplateCatalog(inputs.Templates);
        var builtinInclude = (IScriptCustomFunction)SharedBuiltins.Instance["include"]!;
        var include = new SafeIncludeFunction(builtinInclude, catalog);
        var helpers = HelperFunctions.Create(site.Config.BaseUrl, inputs.Strings, include, new CachedIncludeFunction(include, catalog.Loader, new IncludeCache()));
        var icon = SiteIcon.Choose(site.Config.Favicon, StaticFiles.Folders(inputs.StaticDir, catalog.Loader));
        var pages = new SitePages(site, new PageRenderer(catalog, helpers, site.Config.Strict), inputs.Strings, icon);
        var jobs = pages.Plan();
        // Counted beside the render, on a thread of its own: planning the search index's files waits for the index.
        var counted = progress is null ? Task.CompletedTask
            : Task.Factory.StartNew(() => progress.Planned(jobs.Count()), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        // The words of the language come from files the pages do not name (strings tables): every page depends on them.
        var siteKey = inputs.Strings.AddTo(new InputHasher().Add(memory.BuildKey).AddValue(pages.SiteVariable)).Finish();
        var found = new ConcurrentQueue<Diagnostic>();
        var rendered = 0;

        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, inputs.MaxParallelism) }, (job, state) =>
        {
            var path = OutputPath.Create(job.Path);
            var input = Identity(job, siteKey);
            if (memory.TryKeep(path, input, writer))
            {
                progress?.Done(kept: true);
                return;
            }

            Interlocked.Increment(ref rendered);
            var scope = new RenderScope();
            var bytes = Produce(job, scope);
            if (bytes is not null && !writer.TryWrite(path, bytes.Value.Span))
            {
                scope.Diagnostics.Report(Descriptors.OutputCollision, job.Path, 0, 0, job.Path, "two generated pages");
            }

            // A file that reported anything is rendered again next time, so its diagnostics are reported again.
            if (bytes is not null && scope.Diagnostics.Count == 0 && writer.Stamp(path) is { } stamp)
            {
                memory.Remember(job.Path, input, scope.Templates, stamp);
            }

            foreach (var d in scope.Diagnostics.ToImmutable())
            {
                found.Enqueue(d);
            }

            progress?.Done(kept: false);

            if (scope.Diagnostics.HasErrors)
            {
                state.Stop();
            }
        });

        counted.GetAwaiter().GetResult();
        var bagAll = new DiagnosticBag();
        bagAll.AddRange(found.DistinctBy(d => d.ToString())); // a broken shared template fails every page that ran before the stop
        if (!bagAll.HasErrors)
        {
            StaticFiles.Copy(inputs.StaticDir, writer, bagAll);
            StaticFiles.CopyThemes(catalog.Loader, writer, bagAll);
            StaticFiles.CopyAssets(catalog.Loader, writer, site.Config.Search);
            icon.WriteBuiltIn(writer);
        }

        return (bagAll.ToSortedImmutable(), rendered);
    }

    /// <summary>
    /// The job's bytes; an exception (a bug: every problem of input or templates is a diagnostic) is reported against
    /// the file being made instead of ending every other page's render. A file-system failure (a full disk, too many
    /// open files) ends the render: the build reports it once, as what it is.
    /// </summary>
    private static ReadOnlyMemory<byte>? Produce(OutputJob job, RenderScope scope)
    {
        try
        {
            return job.Produce(scope);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not FileSystemFailure)
        {
            scope.Diagnostics.ReportInternalError(job.Path, ex);
            return null;
        }
    }

    [ThreadStatic]
    private static InputHasher? t_hasher;

    private static UInt128 Identity(OutputJob job, UInt128 siteKey)
    {
        // One hasher per worker: a site has tens of thousands of pages, and an XxHash128 state is ~300 bytes.
        var hasher = (t_hasher ??= new InputHasher()).Reset().Add(siteKey).Add(job.Path);
        job.AddIdentity(hasher);
        return hasher.Finish();
    }
}
