using BenchmarkDotNet.Attributes;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;
using BriefGen.Site;

namespace BriefGen.Benchmarks.Stages;

/// <summary>The assemble stage: 1,000 briefs into a site (slugs, order, topic/author/program/kind indexes).</summary>
[MemoryDiagnoser]
public class AssembleStageBenchmarks
{
    private List<(string, Brief)> _briefs = null!;

    /// <summary>Reads the corpus once.</summary>
    [GlobalSetup]
    public void Setup() => _briefs = StageCorpus.Read(SeedLoader.CreateDefault());

    /// <summary>Deletes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup() => StageCorpus.Delete();

    /// <summary>Assembles the site.</summary>
    [Benchmark]
    public int Assemble() => SiteAssembler.Assemble(StageCorpus.Config, _briefs, new DiagnosticBag()).Briefs.Count;
}
