using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefGen.Tests.Infrastructure;

/// <summary>
/// The system's Chromium, headless, driven over the Chrome DevTools protocol: one page (tab) whose script can be
/// evaluated and whose network and navigation events can be awaited. No browser is downloaded: the tests that need it
/// are skipped, saying why, where no Chromium is installed, and fail there when <c>BRIEFGEN_REQUIRE_CHROMIUM=1</c>
/// (as <c>.ci/run</c> sets, after installing Debian's <c>chromium</c>).
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] ExecutableNames = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly string _profileDir;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Dictionary<int, TaskCompletionSource<JsonNode>> _pending = [];
    private readonly List<(string Method, Func<JsonNode, bool> Matches, TaskCompletionSource<JsonNode> Seen)> _expected = [];
    private readonly object _gate = new();
    private Task _receiving = Task.CompletedTask;
    private string _sessionId = "";
    private int _nextId;

    private HeadlessChromium(Process process, string profileDir)
    {
        _process = process;
        _profileDir = profileDir;
    }

    /// <summary>The first Chromium on <c>PATH</c> (or <c>BRIEFGEN_CHROMIUM</c>), or null.</summary>
    public static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("BRIEFGEN_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return ExecutableNames.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Starts Chromium with a fresh profile and opens one blank page, or skips the test when there is none.</summary>
    public static async Task<HeadlessChromium> Start()
    {
        var executable = FindExecutable();
        if (executable is null)
        {
            const string Missing = "no Chromium on PATH (install Debian's chromium, or set BRIEFGEN_CHROMIUM)";
            Assert.False(Environment.GetEnvironmentVariable("BRIEFGEN_REQUIRE_CHROMIUM") == "1", Missing);
            Assert.Skip(Missing);
        }

        var profile = TestSite.TempDir();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList =
            {
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.Connect();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Loads <paramref name="url"/> in the page and waits for its load event.</summary>
    public async Task Navigate(Uri url)
    {
        var loaded = Expect("Page.loadEventFired");
        await Send("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri });
        await loaded;
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its value as JSON.</summary>
    public async Task<JsonNode?> Evaluate(string expression)
    {
        var reply = await Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (reply["exceptionDetails"] is { } failure)
        {
            throw new InvalidOperationException("the page's script failed: " + failure.ToJsonString());
        }

        return reply["result"]?["value"]?.DeepClone();
    }

    /// <summary>Polls <paramref name="condition"/> (a script expression) until it is true, or fails the test after <paramref name="patience"/>.</summary>
    public async Task WaitUntil(string condition, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                if (await Evaluate(condition) is JsonValue value && value.TryGetValue(out bool met) && met)
                {
                    return;
                }
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                // the page is between documents while it reloads
            }

            Assert.True(DateTime.UtcNow < deadline, $"the page never met: {condition}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The page's next response to a request whose URL ends with <paramref name="pathSuffix"/>: call before the request is made.</summary>
    public Task<JsonNode> ExpectResponseTo(string pathSuffix)
        => Expect("Network.responseReceived", e => e["response"]?["url"]?.GetValue<string>().EndsWith(pathSuffix, StringComparison.Ordinal) == true);

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // already gone, or past caring: the profile folder is removed below either way
        }

        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // the browser went away with the socket open
        }

        _socket.Dispose();
        _process.Dispose();
        _closing.Dispose();
        try
        {
            Directory.Delete(_profileDir, recursive: true);
        }
        catch (IOException)
        {
            // a crash reporter may still hold a file; the temporary folder is left for the system
        }
    }

    private async Task Connect()
    {
        // Chromium writes the port it picked, and its browser endpoint, to DevToolsActivePort in the profile.
        var portFile = Path.Combine(_profileDir, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartPatience;
        string[] lines;
        while (!File.Exists(portFile) || (lines = File.ReadAllLines(portFile)).Length < 2)
        {
            Assert.False(_process.HasExited, "Chromium exited while starting");
            Assert.True(DateTime.UtcNow < deadline, "Chromium did not open its DevTools port");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), TestContext.Current.CancellationToken);
        _receiving = Task.Run(Receive);

        var target = await Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await Send("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
        _sessionId = attached["sessionId"]!.GetValue<string>();
        await Send("Page.enable", []);
        await Send("Runtime.enable", []);
        await Send("Network.enable", []);
    }

    private async Task<JsonNode> Send(string method, JsonObject parameters, bool browserLevel = false)
    {
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        int id;
        lock (_gate)
        {
            id = ++_nextId;
            _pending[id] = reply;
        }

        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (!browserLevel)
        {
            message["sessionId"] = _sessionId;
        }

        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);
        return await reply.Task.WaitAsync(StartPatience, TestContext.Current.CancellationToken);
    }

    /// <summary>The next <paramref name="method"/> event that <paramref name="matches"/>, from now on; fails the test if none comes in time.</summary>
    private Task<JsonNode> Expect(string method, Func<JsonNode, bool>? matches = null)
    {
        var seen = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _expected.Add((method, matches ?? (_ => true), seen));
        }

        return WithPatience(seen.Task, method);
    }

    private static async Task<JsonNode> WithPatience(Task<JsonNode> seen, string method)
    {
        try
        {
            return await seen.WaitAsync(StartPatience, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Chromium never sent {method}");
            throw;
        }
    }

    private async Task Receive()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
        {
            var chunk = await _socket.ReceiveAsync(buffer, _closing.Token);
            if (chunk.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, chunk.Count);
            if (!chunk.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            if (node["id"] is { } id)
            {
                TaskCompletionSource<JsonNode>? reply;
                lock (_gate)
                {
                    _pending.Remove(id.GetValue<int>(), out reply);
                }

                if (node["error"] is { } error)
                {
                    reply?.TrySetException(new InvalidOperationException(error.ToJsonString()));
                }
                else
                {
                    reply?.TrySetResult(node["result"] ?? new JsonObject());
                }
            }
            else if (node["method"]?.GetValue<string>() is { } method && node["params"] is { } parameters)
            {
                lock (_gate)
                {
                    foreach (var expected in _expected.Where(x => x.Method == method && x.Matches(parameters)).ToList())
                    {
                        _expected.Remove(expected);
                        expected.Seen.TrySetResult(parameters.DeepClone());
                    }
                }
            }
        }
    }
}
