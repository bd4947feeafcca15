using BenchmarkDotNet.Attributes;
using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Output;
using BriefGen.Reading;
using BriefGen.Rendering;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;

namespace BriefGen.Benchmarks.Stages;

/// <summary>
/// The write stage: the rendered files of the 1,000-brief site written through the staging writer into a fresh
/// folder and swapped in. A fresh folder each time, as a first build writes it.
/// </summary>
[MemoryDiagnoser]
public class WriteStageBenchmarks
{
    private IReadOnlyDictionary<string, byte[]> _files = null!;
    private string _output = "";
    private int _run;

    /// <summary>Renders the corpus once into memory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var site = BriefGen.Site.SiteAssembler.Assemble(StageCorpus.Config, StageCorpus.Read(SeedLoader.CreateDefault()), new DiagnosticBag());
        var writer = new InMemorySiteWriter();
        SiteRenderer.Render(site, new RenderInputs(new TemplateLoader(null, "templates"), null, Environment.ProcessorCount, StringsTables.English), writer);
        _files = writer.Files;
    }

    /// <summary>Picks a fresh output folder.</summary>
    [IterationSetup]
    public void NextFolder() => _output = Path.Combine(StageCorpus.SiteDir, "out-" + (_run++).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Deletes the corpus and every output.</summary>
    [GlobalCleanup]
    public void Cleanup() => StageCorpus.Delete();

    /// <summary>Writes every file on every core, then commits.</summary>
    [Benchmark]
    public int Write()
    {
        using var writer = new FileSystemSiteWriter(_output);
        Parallel.ForEach(_files, f => writer.TryWrite(OutputPath.Create(f.Key), f.Value));
        return writer.Commit().Count;
    }
}
