using System.Diagnostics;
using System.Text;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>Runs a process to its end with a time limit, collecting its interleaved stdout and stderr.</summary>
internal static class Processes
{
    /// <summary>Runs <paramref name="start"/> (redirection is set here); kills the whole tree after <paramref name="timeout"/>.</summary>
    public static DotNetResult Run(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var commandLine = start.FileName + " " + string.Join(' ', start.ArgumentList);
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{commandLine} did not finish in {timeout}:\n{output}");
        }

        process.WaitForExit(); // flushes the asynchronous readers
        return new DotNetResult(commandLine, process.ExitCode, output.ToString(), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
