using BenchmarkDotNet.Attributes;
using BriefGen.Benchmarks.Corpus;
using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.Markdown;

namespace BriefGen.Benchmarks;

/// <summary>
/// Reading Markdown seeds (YAML front matter + body split into exact blocks), with allocations: one synthetic brief of
/// the benchmark corpus (~1,500 words) and the same brief repeated to about 1 MB of body. Each call wraps the text in a
/// new <see cref="SourceText"/>, as the loader does per file.
/// </summary>
[MemoryDiagnoser]
public class MarkdownReadBenchmarks
{
    private readonly MarkdownSeedReader _reader = new();
    private string _text = null!;

    [Params("brief", "1MB")]
    public string Input { get; set; } = "brief";

    [GlobalSetup]
    public void Setup()
    {
        var (_, text) = CorpusGenerator.Brief(0, new HashSet<string>(StringComparer.Ordinal));
        if (Input == "1MB")
        {
            var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            var sb = new System.Text.StringBuilder(text);
            while (sb.Length < 1_000_000)
            {
                sb.Append('\n').Append(body);
            }

            text = sb.ToString();
        }

        _text = text;
    }

    [Benchmark]
    public int ReadMarkdownSeed() => _reader.Read(new SourceText("seeds/bench.md", _text), ReaderOptions.Default).Brief!.Sections.Count;
}
