using BenchmarkDotNet.Running;
using BriefGen.Benchmarks.Macro;

namespace BriefGen.Benchmarks;

/// <summary>
/// Entry point. Run in Release, for example:
/// <c>dotnet run -c Release --project bench/BriefGen.Benchmarks -- --filter '*PageDump*'</c>, or
/// <c>-- macro 10000</c> for one whole build of a generated corpus (wall time, pages/s, peak RSS, stages).
/// </summary>
public static class Program
{
    /// <summary>Runs the macro mode or the BenchmarkDotNet switcher.</summary>
    public static int Main(string[] args)
    {
        if (args is ["macro", ..])
        {
            return MacroBenchmark.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
