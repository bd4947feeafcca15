using System.Diagnostics;
using System.Globalization;
using BriefGen.Benchmarks.Corpus;

namespace BriefGen.Benchmarks.Macro;

/// <summary>
/// <c>macro N [--keep DIR]</c>: generates N synthetic briefs, builds the site once through the library API into a fresh
/// folder and prints wall time, pages per second and the process's peak RSS. Not a BenchmarkDotNet run: one build,
/// as a publisher would run it.
/// </summary>
internal static class MacroBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine("usage: BriefGen.Benchmarks macro N [--keep DIR]");
            return 2;
        }

        var keep = args.Length >= 3 && args[1] == "--keep" ? args[2] : null;
        var root = keep ?? Path.Combine(Path.GetTempPath(), "briefgen-macro-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var seeds = Path.Combine(root, "seeds");
        if (!Directory.Exists(seeds))
        {
            var bytes = CorpusGenerator.Write(seeds, count);
            Console.WriteLine($"corpus: {count} briefs, {bytes / (1024.0 * 1024.0):F1} MiB in {seeds}");
        }

        var output = Path.Combine(root, "out-" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        var result = BriefGenerator.Build(new SiteBuildOptions { SiteDir = root, OutputDir = output });
        watch.Stop();
        foreach (var d in result.Diagnostics.Where(d => d.IsError).Take(10))
        {
            Console.Error.WriteLine(d);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var peakMiB = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"briefs={result.BriefCount} files={result.Files.Length} wall={seconds:F2}s pages/s={result.Files.Length / seconds:F0} peakRSS={peakMiB:F0}MiB ok={result.Succeeded}"));
        if (keep is null)
        {
            Directory.Delete(root, recursive: true);
        }

        return result.Succeeded ? 0 : 1;
    }
}
