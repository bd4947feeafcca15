using BenchmarkDotNet.Running;

namespace BriefGen.Benchmarks;

/// <summary>
/// Entry point. Run in Release, for example:
/// <c>dotnet run -c Release --project bench/BriefGen.Benchmarks -- --filter '*PageDump*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
