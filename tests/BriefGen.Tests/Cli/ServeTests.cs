using System.Net;
using System.Net.Sockets;
using System.Text;
using BriefGen.Cli.Serve;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary>
/// <c>briefgen serve</c> end to end over HTTP: pages under the base URL's path with the live-reload script, a seed edit
/// that reaches the page and the open event stream, the error overlay that comes and goes with a broken template,
/// files on disk byte for byte what <c>briefgen build</c> writes, and paths that try to leave the site refused.
/// </summary>
public sealed class ServeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ASeedEdit_ReachesThePage_AndTheEventStream()
    {
        var site = PreviewSites.New();
        await using var server = await PreviewSites.Start(site);
        using var http = new HttpClient { BaseAddress = server.Address };

        var page = await http.GetStringAsync("/repo/briefs/alpha/", TestContext.Current.CancellationToken);
        Assert.Contains("Alpha Brief", page, StringComparison.Ordinal);
        Assert.Contains("new EventSource(\"/__briefgen/events\")", page, StringComparison.Ordinal);
        Assert.Equal("/repo/", (await http.GetAsync("/", TestContext.Current.CancellationToken)).RequestMessage!.RequestUri!.AbsolutePath);

        using var events = await EventStream.Open(http);
        PreviewSites.WriteAlpha(site, "Alpha Brief Revised");

        var message = await events.Next(m => m.Contains("briefs/alpha/index.html", StringComparison.Ordinal));
        Assert.Contains("\"errors\":false", message, StringComparison.Ordinal);
        Assert.Contains("Alpha Brief Revised", await http.GetStringAsync("/repo/briefs/alpha/", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertSameAsBuild(site, server.Site.OutputDir);
    }

    [Fact]
    public async Task ABrokenTemplate_ShowsTheOverlay_UntilItIsFixed()
    {
        var site = PreviewSites.New();
        await using var server = await PreviewSites.Start(site);
        using var http = new HttpClient { BaseAddress = server.Address };
        using var events = await EventStream.Open(http);
        var template = Path.Combine(site, "templates", "brief.sbn-html");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);

        File.WriteAllText(template, "{{ if page.title }}<p><script>alert(1)</script></p>\n");
        await events.Next(m => m.Contains("\"errors\":true", StringComparison.Ordinal));
        var broken = await http.GetStringAsync("/repo/briefs/alpha/", TestContext.Current.CancellationToken);
        Assert.Contains("id=\"briefgen-errors\"", broken, StringComparison.Ordinal);
        Assert.Contains("BG3001", broken, StringComparison.Ordinal);
        Assert.Contains("templates/brief.sbn-html(1,", broken, StringComparison.Ordinal);
        Assert.Contains("Alpha Brief", broken, StringComparison.Ordinal); // the last good site, under the overlay

        File.Delete(template);
        await events.Next(m => m.Contains("\"errors\":true", StringComparison.Ordinal));
        Assert.DoesNotContain("briefgen-errors", await http.GetStringAsync("/repo/briefs/alpha/", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertSameAsBuild(site, server.Site.OutputDir);
    }

    [Fact]
    public async Task AThemeFolderEdit_IsBuilt_AndAThemeAddedToTheConfigIsWatchedFromThen()
    {
        var site = PreviewSites.New();
        var hook = Path.Combine(site, "themes", "ink", "_partials", "hooks", "body-start.sbn-html");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        File.WriteAllText(hook, "<p class=\"ink\">first</p>");
        await using var server = await PreviewSites.Start(site);
        using var http = new HttpClient { BaseAddress = server.Address };
        using var events = await EventStream.Open(http);

        File.AppendAllText(Path.Combine(site, "briefgen.yml"), "theme: themes/ink\n");
        await events.Next(m => m.Contains("\"errors\":false", StringComparison.Ordinal));
        Assert.Contains("<p class=\"ink\">first</p>", await http.GetStringAsync("/repo/", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        File.WriteAllText(hook, "<p class=\"ink\">second</p>");
        await events.Next(m => m.Contains("\"errors\":false", StringComparison.Ordinal));
        Assert.Contains("<p class=\"ink\">second</p>", await http.GetStringAsync("/repo/", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        AssertSameAsBuild(site, server.Site.OutputDir);
    }

    [Fact]
    public async Task AnIncludedDraft_IsServedWithTheHeldBanner_OnlyOnItsPage_NeverOnDisk()
    {
        var site = PreviewSites.New();
        File.WriteAllText(Path.Combine(site, "seeds", "gamma.md"), "---\ntitle: Gamma Draft\nslug: gamma\ndraft: true\ntopics: [Energy]\n---\nBody three.\n");
        await using var server = await PreviewServer.StartAsync(new SiteBuildOptions { SiteDir = site, IncludeDrafts = true }, new IPEndPoint(IPAddress.Loopback, 0), _ => { });
        using var http = new HttpClient { BaseAddress = server.Address };

        var draft = await http.GetStringAsync("/repo/briefs/gamma/", TestContext.Current.CancellationToken);
        var published = await http.GetStringAsync("/repo/briefs/alpha/", TestContext.Current.CancellationToken);

        Assert.Contains("Gamma Draft", draft, StringComparison.Ordinal);
        Assert.Contains("id=\"briefgen-held\"", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("briefgen-held", published, StringComparison.Ordinal);
        Assert.DoesNotContain("briefgen-held", File.ReadAllText(Path.Combine(server.Site.OutputDir, "briefs", "gamma", "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/repo/../../etc/passwd")]
    [InlineData("/repo/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/repo/briefs/%2E%2E/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/repo/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/repo/..%5c..%5cetc%5cpasswd")]
    [InlineData("/repo//etc/passwd")]
    [InlineData("/repo/outside/hostname")]
    public async Task APathOutOfTheSite_IsRefused(string path)
    {
        var site = PreviewSites.New();
        await using var server = await PreviewSites.Start(site);
        Directory.CreateSymbolicLink(Path.Combine(server.Site.OutputDir, "outside"), "/etc");

        var status = await RawStatus(server.Address, path);

        Assert.True(status is 400 or 404, $"{path} answered {status}");
    }

    [Fact]
    public async Task AnUnknownPage_Gets404WithTheSitesPage_AndTypesAreRight()
    {
        var site = PreviewSites.New();
        await using var server = await PreviewSites.Start(site);
        using var http = new HttpClient { BaseAddress = server.Address };

        var missing = await http.GetAsync("/repo/no/such/page/", TestContext.Current.CancellationToken);
        var css = await http.GetAsync("/repo/assets/style.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ABusyPort_IsAnErrorNamingIt()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var e = await Assert.ThrowsAsync<PortInUseException>(() => PreviewServer.StartAsync(new SiteBuildOptions { SiteDir = PreviewSites.New() }, new IPEndPoint(IPAddress.Loopback, port), _ => { }));

        Assert.Equal(port, e.Port);
    }

    /// <summary>The preview's files are byte for byte those a plain build of the same site writes.</summary>
    private static void AssertSameAsBuild(string site, string previewDir)
    {
        var output = Path.Combine(TestSite.TempDir(), "out");
        Assert.True(new BriefGenerator().Build(new SiteBuildOptions { SiteDir = site, OutputDir = output }).Succeeded);
        Assert.Equal(TreeHash.Of(output), TreeHash.Of(previewDir));
    }

    /// <summary>The status a request for exactly <paramref name="path"/> gets: sent as written, with no client normalising it.</summary>
    private static async Task<int> RawStatus(Uri server, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(TestContext.Current.CancellationToken) ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An open <c>/__briefgen/events</c> stream, read message by message.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<EventStream> Open(HttpClient http)
        {
            var response = await http.GetAsync("/__briefgen/events", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
            Assert.Equal(": connected", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
            return new EventStream(response, reader);
        }

        /// <summary>The next message that <paramref name="wanted"/> accepts, skipping others; fails after a while.</summary>
        public async Task<string> Next(Func<string, bool> wanted)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(Patience);
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal) && wanted(line[6..]))
                {
                    return line[6..];
                }
            }

            throw new InvalidOperationException("the event stream ended");
        }

        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
        }
    }
}
