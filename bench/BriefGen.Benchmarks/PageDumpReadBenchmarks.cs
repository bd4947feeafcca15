using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.PageDump;

namespace BriefGen.Benchmarks;

/// <summary>Reading page dumps into the content model, on one core (affinity to the first CPU), with allocations.</summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class PageDumpReadBenchmarks
{
    private readonly PageDumpReader _reader = new();
    private SourceText _source = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = PageDumpInputs.Seed;

    public static IEnumerable<string> Inputs => PageDumpInputs.Names;

    [GlobalSetup]
    public void Setup() => _source = new SourceText("seeds/bench.txt", PageDumpInputs.Text(Input));

    [Benchmark]
    public int ReadPageDump()
    {
        var result = _reader.Read(_source, ReaderOptions.Default);
        return result.Brief!.Sections.Count;
    }

    private sealed class OneCoreConfig : ManualConfig
    {
        public OneCoreConfig()
        {
            AddJob(Job.ShortRun.WithAffinity(1));
            AddColumn(new ThroughputColumn());
        }
    }
}
