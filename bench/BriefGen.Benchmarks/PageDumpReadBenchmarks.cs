using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.PageDump;

namespace BriefGen.Benchmarks;

/// <summary>
/// Reading page dumps into the content model, on one core (affinity to the first CPU), with allocations. Each call
/// wraps the text in a new <see cref="SourceText"/>, as the loader does per file, so lazily found line starts count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCoreConfig))]
public class PageDumpReadBenchmarks
{
    private readonly PageDumpReader _reader = new();
    private string _text = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = PageDumpInputs.Seed;

    public static IEnumerable<string> Inputs => PageDumpInputs.Names;

    [GlobalSetup]
    public void Setup() => _text = PageDumpInputs.Text(Input);

    [Benchmark]
    public int ReadPageDump()
    {
        var result = _reader.Read(new SourceText("seeds/bench.txt", _text), ReaderOptions.Default);
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
