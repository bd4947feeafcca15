using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BriefGen.Benchmarks;

/// <summary>A column with the reading speed in MB/s (10^6 UTF-8 bytes of input per second of mean time).</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Input megabytes (10^6 UTF-8 bytes) read per second, from the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(PageDumpReadBenchmarks.Input))?.Value as string;
        if (report?.ResultStatistics is null || input is null)
        {
            return "-";
        }

        var seconds = report.ResultStatistics.Mean / 1e9;
        return (PageDumpInputs.Utf8Bytes(input) / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
