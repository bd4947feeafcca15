using BenchmarkDotNet.Attributes;
using BriefGen.Diagnostics;
using BriefGen.Output;
using BriefGen.Reading;
using BriefGen.Rendering;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using SiteModel = BriefGen.Site.Site;

namespace BriefGen.Benchmarks.Stages;

/// <summary>The render stage: every page, feed and JSON file of the 1,000-brief site with the default templates, into memory.</summary>
[MemoryDiagnoser]
public class RenderStageBenchmarks
{
    private SiteModel _site = null!;

    /// <summary>Reads and assembles the corpus once.</summary>
    [GlobalSetup]
    public void Setup() => _site = BriefGen.Site.SiteAssembler.Assemble(StageCorpus.Config, StageCorpus.Read(SeedLoader.CreateDefault()), new DiagnosticBag());

    /// <summary>Deletes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup() => StageCorpus.Delete();

    /// <summary>Renders the site on every core.</summary>
    [Benchmark]
    public int Render()
    {
        using var writer = new InMemorySiteWriter();
        SiteRenderer.Render(_site, new RenderInputs(new TemplateLoader(null, "templates"), null, Environment.ProcessorCount, StringsTables.English), writer);
        return writer.FilesWritten;
    }
}
