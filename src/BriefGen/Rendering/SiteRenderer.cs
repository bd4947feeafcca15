using System.Collections.Concurrent;
using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Output;
using BriefGen.Rendering.Functions;
using Scriban.Runtime;
using SiteModel = BriefGen.Site.Site;

namespace BriefGen.Rendering;

/// <summary>
/// Renders an assembled site into an <see cref="ISiteWriter"/>: generated files in parallel (bounded degree),
/// each streamed to the writer as soon as it is rendered, then default assets and the site's static files. Stops
/// at the first failing page: the build fails anyway, and the writer is not committed.
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
    {
        var catalog = new TemplateCatalog(new TemplateLoader(templatesDir, templatesDisplay));
        var builtinInclude = (IScriptCustomFunction)SharedBuiltins.Instance["include"]!;
        var helpers = HelperFunctions.Create(site.Config.BaseUrl, new SafeIncludeFunction(builtinInclude, catalog));
        var renderer = new PageRenderer(catalog, helpers, site.Briefs.Count);
        var jobs = new SitePages(site, renderer).Plan();
        var found = new ConcurrentQueue<Diagnostic>();

        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) }, (job, state) =>
        {
            var bag = new DiagnosticBag();
            var bytes = job.Produce(bag);
            if (bytes is not null && !writer.TryWrite(OutputPath.Create(job.Path), bytes.Value.Span))
            {
                bag.Report(Descriptors.OutputCollision, job.Path, 0, 0, job.Path, "two generated pages");
            }

            foreach (var d in bag.ToImmutable())
            {
                found.Enqueue(d);
            }

            if (bag.HasErrors)
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

        return bagAll.ToSortedImmutable();
    }
}
