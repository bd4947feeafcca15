using System.Diagnostics;
using System.Text;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// A running <c>dotnet watch --non-interactive build</c> in a consumer's folder. Every wait is bounded, and disposing
/// kills the whole process tree (the watcher, its build and any MSBuild node), so a test can never leave it running.
/// </summary>
internal sealed class WatchSession : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WatchSession(Process process) => _process = process;

    /// <summary>What the watcher and its builds printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the watcher with the consumer's environment.</summary>
    public static WatchSession Start(Consumer consumer)
    {
        var environment = new Dictionary<string, string>(consumer.Feed.Environment)
        {
            // Polling, not inotify: a busy CI machine may have no inotify instances left, and the watch list is what is tested.
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true",
            ["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1",
        };
        var start = DotNet.StartInfo(consumer.Dir, environment, "watch", "--non-interactive", "build");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true; // no terminal: nothing to read keys from
        start.UseShellExecute = false;
        var session = new WatchSession(new Process { StartInfo = start });
        session._process.OutputDataReceived += (_, e) => session.Append(e.Data);
        session._process.ErrorDataReceived += (_, e) => session.Append(e.Data);
        session._process.Start();
        session._process.BeginOutputReadLine();
        session._process.BeginErrorReadLine();
        return session;
    }

    /// <summary>Waits until <paramref name="condition"/> holds; fails with the output when <paramref name="timeout"/> passes first or the watcher exits.</summary>
    public void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited)
            {
                Assert.Fail($"dotnet watch exited (code {_process.ExitCode}) before {what}:\n{Output}");
            }

            if (stopwatch.Elapsed > timeout)
            {
                Assert.Fail($"no {what} within {timeout.TotalSeconds} s:\n{Output}");
            }

            Thread.Sleep(PollInterval);
        }
    }

    /// <summary>Kills the watcher and everything it started.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
