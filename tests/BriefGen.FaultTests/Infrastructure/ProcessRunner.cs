using System.Diagnostics;

namespace BriefGen.FaultTests.Infrastructure;

/// <summary>What a finished child process did: its exit code and every line it printed (standard output, then standard error).</summary>
internal sealed record ProcessResult(int ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>Exit code of a process that SIGKILL ended (128 + 9), as the shell and <see cref="Process"/> report it.</summary>
    public const int KilledBySigkill = 137;

    public bool Killed => ExitCode == KilledBySigkill;

    public override string ToString() => $"exit code {ExitCode}\n" + string.Join("\n", Lines.Select(l => "  | " + l));
}

/// <summary>Starts a program, optionally kills it (SIGKILL) after a delay, and collects its output.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs <paramref name="argv"/> to its end, or until <paramref name="killAfter"/> has passed.</summary>
    public static ProcessResult Run(IReadOnlyList<string> argv, string workingDir, IReadOnlyDictionary<string, string>? env = null, TimeSpan? killAfter = null)
    {
        using var process = Start(argv, workingDir, env);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(killAfter ?? Timeout))
        {
            process.Kill(entireProcessTree: false);   // SIGKILL on Unix
        }

        process.WaitForExit();
        var lines = (stdout.Result + stderr.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new ProcessResult(process.ExitCode, lines);
    }

    /// <summary>Starts <paramref name="argv"/> with redirected output; the caller reads and waits.</summary>
    public static Process Start(IReadOnlyList<string> argv, string workingDir, IReadOnlyDictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo(argv[0])
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in argv.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start " + argv[0]);
    }

    /// <summary>Runs a helper command (mount, chmod…) that must succeed.</summary>
    public static void Must(params string[] argv)
    {
        var result = Run(argv, Path.GetTempPath());
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', argv)}' failed: {result}");
        }
    }
}
