using System.Collections.Concurrent;
using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Incremental;
using BriefGen.Output;
using BriefGen.Reading;
using BriefGen.Rendering.Functions;
using Scriban.Runtime;
using SiteModel = BriefGen.Site.Site;

namespace BriefGen.Rendering;

/// <summary>
/// Renders an assembled site into an <see cref="ISiteWriter"/>: generated files in parallel (bounded degree),
/// each streamed to the writer as soon as it is rendered, then default assets and the site's static files. Stops
/// at the first failing page: the build fails anyway, and the writer is not committed. In an incremental build a
/// file whose inputs and templates hash as the previous build recorded is not rendered: the writer keeps the
/// previous file (a hard link, same inode and time).
/// </summary>
public static class SiteRenderer
{
    /// <summary>Renders every file; the diagnostics say whether the result may be committed.</summary>
    /// <param name="site">The assembled site.</param>
    /// <param name="templatesDir">The user's template folder (may be missing).</param>
    /// <param name="templatesDisplay">How that folder is named in diagnostics.</param>
    /// <param name="staticDir">The site's static folder (may be missing).</param>
    /// <param name="writer">Where files go.</param>
    /// <param name="maxParallelism">How many pages render at once.</param>
    public static ImmutableArray<Diagnostic> Render(SiteModel site, string? templatesDir, string templatesDisplay, string? staticDir, ISiteWriter writer, int maxParallelism)
        => Render(site, templatesDir, templatesDisplay, staticDir, writer, maxParallelism, SeedStore.Whole, IncrementalBuild.None).Diagnostics;

    /// <summary>
    /// Renders every file that changed since <see cref="IncrementalBuild.Previous"/> and records each in
    /// <see cref="IncrementalBuild.Next"/>; whole briefs come from <paramref name="store"/>. Also says how many
    /// generated files were rendered (the others were kept).
    /// </summary>
    internal static (ImmutableArray<Diagnostic> Diagnostics, int Rendered) Render(SiteModel site, string? templatesDir, string templatesDisplay, string? staticDir, ISiteWriter writer, int maxParallelism, SeedStore store, IncrementalBuild incremental)
    {
        var catalog = new TemplateCatalog(new TemplateLoader(templatesDir, templatesDisplay));
        var builtinInclude = (IScriptCustomFunction)SharedBuiltins.Instance["include"]!;
        var include = new SafeIncludeFunction(builtinInclude, catalog);
        var helpers = HelperFunctions.Create(site.Config.BaseUrl, include, new CachedIncludeFunction(include, catalog.Loader, new IncludeCache()));
        var pages = new SitePages(site, new PageRenderer(catalog, helpers, site.Config.Strict), store);
        var jobs = pages.Plan();
        var keys = new TemplateKeys(catalog.Loader);
        var siteKey = new InputHasher().Add(incremental.BuildKey).AddValue(pages.SiteVariable).Finish();
        var found = new ConcurrentQueue<Diagnostic>();
        var rendered = 0;

        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) }, (job, state) =>
        {
            var path = OutputPath.Create(job.Path);
            var input = Identity(job, siteKey);
            if (incremental.Previous.Find(job.Path) is { } before && before.Input == input
                && keys.Of(before.Templates) == before.TemplatesKey && writer.TryReuse(path, before.File))
            {
                incremental.Next.Keep(job.Path, before);
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
                var templates = incremental.Next.Share([.. scope.Templates]);
                incremental.Next.Record(job.Path, new PageRecord(input, templates, keys.Of(templates), stamp));
            }

            foreach (var d in scope.Diagnostics.ToImmutable())
            {
                found.Enqueue(d);
            }

            if (scope.Diagnostics.HasErrors)
            {
                state.Stop();
            }
        });

        var bagAll = new DiagnosticBag();
        bagAll.AddRange(found.DistinctBy(d => d.ToString())); // a broken shared template fails every page that ran before the stop
        if (!bagAll.HasErrors)
        {
            StaticFiles.Copy(staticDir, writer, bagAll);
            StaticFiles.CopyAssets(catalog.Loader, writer);
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
