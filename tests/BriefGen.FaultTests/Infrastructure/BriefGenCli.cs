namespace BriefGen.FaultTests.Infrastructure;

/// <summary>
/// The published CLI under test: <c>BRIEFGEN_CLI</c> (a published <c>BriefGen.Cli.dll</c>) when set, else the CLI
/// published once per run from this repository into a temporary folder.
/// </summary>
internal static class BriefGenCli
{
    private static readonly Lazy<string> Published = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The environment of every run: no diagnostics pipes in /tmp, so a strace count sees only BriefGen's work.</summary>
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["DOTNET_EnableDiagnostics"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    /// <summary>Full path of <c>BriefGen.Cli.dll</c>.</summary>
    public static string Dll => Published.Value;

    /// <summary>Runs <c>briefgen ARGS</c> under <paramref name="launch"/> (plain, strace, another user, a timed kill).</summary>
    public static CliRun Run(Launch launch, string workingDir, params string[] args)
    {
        string[] argv = [.. launch.Prefix, "dotnet", launch.Dll ?? Dll, .. args];
        return new CliRun(ProcessRunner.Run(argv, workingDir, Environment, launch.KillAfter));
    }

    /// <summary>Starts <c>briefgen ARGS</c> without waiting (for concurrent builds).</summary>
    public static System.Diagnostics.Process Start(string workingDir, params string[] args)
        => ProcessRunner.Start(["dotnet", Dll, .. args], workingDir, Environment);

    private static string Locate()
    {
        var given = System.Environment.GetEnvironmentVariable("BRIEFGEN_CLI");
        if (!string.IsNullOrEmpty(given))
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new FileNotFoundException("BRIEFGEN_CLI names no file", given);
        }

        var target = Path.Combine(Path.GetTempPath(), "briefgen-faults-cli-" + Guid.NewGuid().ToString("N"));
        ProcessRunner.Must("dotnet", "publish", Path.Combine(RepoRoot(), "src", "BriefGen.Cli"), "-c", "Release", "-p:PublishAot=false", "-o", target, "-nodeReuse:false");
        return Path.Combine(target, "BriefGen.Cli.dll");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("set BRIEFGEN_CLI: the repository root (BriefGen.sln) is not above " + AppContext.BaseDirectory);
    }
}

/// <summary>How the CLI is started: a wrapper command before <c>dotnet</c>, another copy of the CLI, a kill after a delay.</summary>
internal sealed record Launch(IReadOnlyList<string> Prefix, string? Dll = null, TimeSpan? KillAfter = null)
{
    /// <summary>Just <c>dotnet BriefGen.Cli.dll …</c>.</summary>
    public static Launch Plain { get; } = new([]);

    /// <summary>Killed with SIGKILL once <paramref name="delay"/> has passed.</summary>
    public static Launch KilledAfter(TimeSpan delay) => new([], KillAfter: delay);
}
