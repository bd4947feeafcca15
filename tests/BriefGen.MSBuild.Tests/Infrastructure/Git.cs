using System.Diagnostics;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>Runs <c>git</c>, failing the test with git's output when it fails.</summary>
internal static class Git
{
    /// <summary>Runs <c>git args…</c> in <paramref name="workingDir"/> with a fixed identity for commits.</summary>
    public static void Run(string workingDir, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-c", "user.name=BriefGen Tests", "-c", "user.email=tests@example.org", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed ({process.ExitCode}):\n{output}{error.Result}");
    }
}
