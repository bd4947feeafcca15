using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace BriefGen.Cli.Serve;

/// <summary>
/// Tells open pages what a rebuild changed, over server-sent events (<c>EventSource</c>): each message lists the
/// changed files, and the script injected into served pages reloads the page when its own file or a script, image or
/// font changed, swaps the stylesheets when CSS changed, and reloads every page when the build's errors appear or
/// clear. Data files (feeds, sitemaps, JSON), which change with most edits, reload nothing.
/// </summary>
internal sealed class LiveReload
{
    /// <summary>Where pages listen, outside any site path.</summary>
    public const string EventsPath = "/__briefgen/events";

    private readonly object _gate = new();
    private readonly List<Channel<string>> _listeners = [];

    /// <summary>The script served pages get, before <c>&lt;/body&gt;</c>; <paramref name="basePath"/> is the site's path prefix.</summary>
    public static string Script(string basePath) => $$"""
        <script>
        (() => {
          const base = {{JsonSerializer.Serialize(basePath, LiveReloadJson.Default.String)}};
          const here = () => { let p = decodeURIComponent(location.pathname); p = p.startsWith(base) ? p.slice(base.length) : p; return p === "" || p.endsWith("/") ? p + "index.html" : p; };
          const events = new EventSource("{{EventsPath}}");
          events.onmessage = e => {
            const m = JSON.parse(e.data);
            if (m.errors || m.changed.includes(here()) || m.changed.some(f => /\.(js|mjs|png|jpe?g|gif|svg|webp|avif|ico|woff2?)$/i.test(f))) { location.reload(); return; }
            if (m.changed.some(f => f.endsWith(".css"))) {
              for (const link of document.querySelectorAll('link[rel="stylesheet"]')) { const u = new URL(link.href); u.searchParams.set("briefgen", Date.now()); link.href = u.href; }
            }
          };
        })();
        </script>
        """;

    /// <summary>Sends every listening page what <paramref name="build"/> changed; nothing when it changed nothing.</summary>
    public void Announce(PreviewBuild build)
    {
        if (build.Changed.Count == 0 && !build.ErrorsChanged)
        {
            return;
        }

        var message = JsonSerializer.Serialize(new LiveReloadMessage(build.Changed, build.ErrorsChanged), LiveReloadJson.Default.LiveReloadMessage);
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Serves one page's event stream until the page goes away or <paramref name="stopping"/> (the server stops).</summary>
    public async Task Listen(HttpContext context, CancellationToken stopping)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        try
        {
            await context.Response.WriteAsync(": connected\n\n", ended.Token);
            await context.Response.Body.FlushAsync(ended.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(ended.Token))
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("data: " + message + "\n\n"), ended.Token);
                await context.Response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // the page closed or the server is stopping
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }
}
