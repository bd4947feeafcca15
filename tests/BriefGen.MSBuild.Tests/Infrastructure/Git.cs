using System.Diagnostics;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>Runs <c>git</c> with a fixed identity and none of the machine's signing or hook settings.</summary>
internal static class Git
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>Runs <c>git args…</c> in <paramref name="workingDir"/>; throws when it fails.</summary>
    public static string Run(string workingDir, params string[] args)
    {
        var result = TryRun(workingDir, args);
        return result.ExitCode == 0 ? result.Output.Trim() : throw new InvalidOperationException("git failed:\n" + result);
    }

    /// <summary>The URL of the repository's <c>origin</c> remote, or null when it has none.</summary>
    public static string? OriginUrl(string workingDir)
    {
        var result = TryRun(workingDir, ["config", "--get", "remote.origin.url"]);
        return result.ExitCode == 0 ? result.Output.Trim() : null;
    }

    private static DotNetResult TryRun(string workingDir, string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDir };
        foreach (var arg in (string[])["-c", "user.name=BriefGen tests", "-c", "user.email=tests@briefgen.invalid", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        return Processes.Run(start, Timeout);
    }
}
