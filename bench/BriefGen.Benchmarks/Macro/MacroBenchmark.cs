using System.Diagnostics;
using System.Globalization;
using BriefGen.Benchmarks.Corpus;

namespace BriefGen.Benchmarks.Macro;

/// <summary>
/// <c>macro N [--keep DIR] [--edit [K]] [--leave-output]</c>: generates N synthetic briefs (kept in DIR for the next run), builds the site
/// once through the library API into a fresh folder and prints wall time, pages per second, the process's peak RSS
/// and the time and allocations of each stage. <c>--edit</c> then edits one seed and rebuilds the same folder
/// (the incremental case), after a first rebuild that makes the output folder's mirror; K edits (default 1), each of
/// another seed, print each rebuild and their median. Not a BenchmarkDotNet run: one build, as a publisher would run it.
/// </summary>
internal static class MacroBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            Console.Error.WriteLine("usage: BriefGen.Benchmarks macro N [--keep DIR] [--edit [K]] [--leave-output]");
            return 2;
        }

        var keep = OptionValue(args, "--keep");
        var root = keep ?? Path.Combine(Path.GetTempPath(), "briefgen-macro-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var seeds = Path.Combine(root, "seeds");
        if (!Directory.Exists(seeds))
        {
            var bytes = CorpusGenerator.Write(seeds, count);
            Console.WriteLine($"corpus: {count} briefs, {bytes / (1024.0 * 1024.0):F1} MiB in {seeds}");
        }

        // A fresh folder each run: rewriting a tree just deleted is far slower on some disks than writing a new one.
        var output = Path.Combine(root, "out-" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
        var result = Measure("full", root, output);
        if (result.Succeeded && args.Contains("--edit"))
        {
            // The first rebuild of a folder also turns the previous tree into the mirror later rebuilds write through.
            result = Measure("rebuild, nothing changed (makes the mirror)", root, output);

            // The incremental case of the issue: one seed edited, the same folder rebuilt. The full build's 28,000
            // files are flushed first, so their write-back does not land in the timed rebuilds.
            FlushDisks();
            var edits = OptionValue(args, "--edit") is { } k && int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            var ordered = Directory.EnumerateFiles(seeds).Order(StringComparer.Ordinal).ToArray();
            var times = new List<double>();
            for (var i = 0; i < edits && result.Succeeded; i++)
            {
                File.AppendAllText(ordered[i % ordered.Length], "\nOne more paragraph, added to time an incremental build.\n");
                result = Measure("one-seed edit", root, output);
                times.Add(result.Elapsed.TotalSeconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one-seed edit: median {times[times.Count / 2]:F3} s of {times.Count}"));
        }

        // --leave-output: deleting 285,000 files slows file creation on some disks for minutes after, so runs meant
        // to be compared (10,000 then 100,000 briefs) leave their trees and are cleaned up afterwards.
        if (!args.Contains("--leave-output"))
        {
            Directory.Delete(output, recursive: true);
            Directory.Delete(Path.Combine(root, ".briefgen-state"), recursive: true); // the output's state and mirror
        }
        if (keep is null)
        {
            Directory.Delete(root, recursive: true);
        }

        return result.Succeeded ? 0 : 1;
    }

    /// <summary>One generator for every build, as a watch loop or an MSBuild node holds one: rebuilds take the state it saved from memory.</summary>
    private static readonly BriefGenerator Generator = new();

    private static BuildResult Measure(string label, string root, string output)
    {
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var result = Generator.Build(new SiteBuildOptions { SiteDir = root, OutputDir = output });
        watch.Stop();
        var gc = string.Create(CultureInfo.InvariantCulture,
            $"gc={GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]} paused={(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0}ms");
        foreach (var d in result.Diagnostics.Where(d => d.IsError).Take(10))
        {
            Console.Error.WriteLine(d);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var peakMiB = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: briefs={result.BriefCount} files={result.Files.Length} rendered={result.FilesRendered} written={result.FilesWritten} wall={seconds:F2}s pages/s={result.Files.Length / seconds:F0} peakRSS={peakMiB:F0}MiB {gc} ok={result.Succeeded}"));
        Console.WriteLine("  stages: " + result.Timings);
        return result;
    }

    private static void FlushDisks()
    {
        if (OperatingSystem.IsLinux())
        {
            sync();
        }
    }

    [System.Runtime.InteropServices.DllImport("libc")]
#pragma warning disable SYSLIB1054 // no arguments to marshal
    private static extern void sync();
#pragma warning restore SYSLIB1054

    private static string? OptionValue(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
