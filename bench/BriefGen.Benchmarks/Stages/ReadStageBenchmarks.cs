using BenchmarkDotNet.Attributes;
using BriefGen.Reading;

namespace BriefGen.Benchmarks.Stages;

/// <summary>The read stage of a build: 1,000 generated Markdown seeds from disk to briefs, in parallel.</summary>
[MemoryDiagnoser]
public class ReadStageBenchmarks
{
    private readonly SeedLoader _loader = SeedLoader.CreateDefault();

    /// <summary>Generates the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _ = StageCorpus.SiteDir;

    /// <summary>Deletes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup() => StageCorpus.Delete();

    /// <summary>Reads every seed.</summary>
    [Benchmark]
    public int Read() => StageCorpus.Read(_loader).Count;
}
