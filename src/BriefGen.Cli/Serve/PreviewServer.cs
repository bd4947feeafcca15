using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefGen.Cli.Serve;

/// <summary>
/// <c>briefgen serve</c>: builds the site once, serves the preview's folder over HTTP (Kestrel), rebuilds in process
/// when a watched file changes and tells open pages what changed. Pages are served as built, with the live-reload
/// script (and, while the last build failed, the error overlay) added to the response only: the files are the bytes
/// <c>briefgen build</c> writes.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly PreviewSite _site;
    private readonly LiveReload _live = new();
    private readonly SitePathResolver _paths;
    private readonly WebApplication _app;
    private readonly Action<PreviewBuild> _report;
    private SiteWatcher? _watcher;
    private IReadOnlyList<string> _themeFolders = [];

    private PreviewServer(PreviewSite site, WebApplication app, Action<PreviewBuild> report)
    {
        _site = site;
        _paths = new SitePathResolver(site.OutputDir);
        _app = app;
        _report = report;
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:1313</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The site's path prefix (its base URL's path, <c>/</c> without one), where the preview answers.</summary>
    public string BasePath { get; private set; } = "/";

    /// <summary>The site, built as the preview shows it.</summary>
    public PreviewSite Site => _site;

    /// <summary>
    /// Builds the site, starts serving it on <paramref name="host"/>:<paramref name="port"/> (0: any free port) and
    /// watching it; <paramref name="report"/> hears of every build. Throws <see cref="PortInUseException"/> when the port is taken.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(SiteBuildOptions options, IPEndPoint endpoint, Action<PreviewBuild> report)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(endpoint));
        var server = new PreviewServer(new PreviewSite(options), builder.Build(), report);
        server.Rebuild();
        server._app.Run(server.Serve);
        try
        {
            await server._app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await server._app.DisposeAsync();
            throw new PortInUseException(endpoint.Port);
        }

        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal));
        server._watcher = new SiteWatcher(server._site.SiteDir, options.ConfigFile, () => server._themeFolders, () => server.Rebuild());
        return server;
    }

    /// <summary>Builds the site again and tells open pages and the terminal what changed.</summary>
    public PreviewBuild Rebuild()
    {
        var build = _site.Build();
        _themeFolders = build.Result.ThemeFolders;
        if (build.Result.Succeeded)
        {
            BasePath = build.Result.BaseUrl is { } url ? new Uri(url).AbsolutePath : "/";
        }

        _report(build);
        _live.Announce(build);
        return build;
    }

    /// <summary>Stops watching and serving.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath)
        {
            await _live.Listen(context, _app.Lifetime.ApplicationStopping);
            return;
        }

        var basePath = BasePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path + "/" == basePath || path == "/")
            {
                context.Response.Redirect(basePath);
                return;
            }

            await NotFound(context);
            return;
        }

        switch (_paths.Resolve(path[basePath.Length..], out var file))
        {
            case SitePathResolver.Outcome.Refused:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            case SitePathResolver.Outcome.Folder:
                context.Response.Redirect(path + "/" + context.Request.QueryString);
                return;
            case SitePathResolver.Outcome.Missing:
                await NotFound(context);
                return;
            default:
                await SendFile(context, file, StatusCodes.Status200OK);
                return;
        }
    }

    private async Task NotFound(HttpContext context)
    {
        var page = Path.Combine(_site.OutputDir, "404.html");
        if (File.Exists(page))
        {
            await SendFile(context, page, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Decorate("<!doctype html><title>Not found</title><body><p>Nothing here yet.</p></body>", held: false));
    }

    private async Task SendFile(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (!file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            await context.Response.SendFileAsync(file);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var page = Path.GetRelativePath(_site.OutputDir, file).Replace('\\', '/');
        await context.Response.WriteAsync(Decorate(await File.ReadAllTextAsync(file), _site.HeldPages.Contains(page)));
    }

    /// <summary>Marks the page of a brief that a plain build leaves out (a draft, under embargo or expired), included by a flag.</summary>
    private const string HeldBanner = "<div id=\"briefgen-held\" role=\"note\" style=\"position:sticky;top:0;z-index:2147483646;margin:0;padding:.6rem 1rem;"
        + "background:#fff3cd;color:#3d2e00;border-bottom:2px solid #b38600;font:600 15px/1.4 system-ui,sans-serif\">"
        + "Held brief: a draft, under embargo or expired. This preview shows it because of --drafts, --future or --expired; "
        + "a plain build leaves it out of the site.</div>";

    /// <summary>
    /// A page as served: after <c>&lt;body&gt;</c> the overlay while the last build failed and the banner on a
    /// <paramref name="held"/> brief's page, the live-reload script before <c>&lt;/body&gt;</c>.
    /// </summary>
    private string Decorate(string html, bool held)
    {
        var overlay = ErrorOverlay.For(_site.Diagnostics) + (held ? HeldBanner : "");
        var page = new StringBuilder(html.Length + overlay.Length + 1024);
        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var afterBody = bodyStart < 0 ? 0 : html.IndexOf('>', bodyStart) + 1;
        var bodyEnd = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        if (bodyEnd < afterBody)
        {
            bodyEnd = html.Length;
        }

        return page.Append(html, 0, afterBody).Append(overlay).Append(html, afterBody, bodyEnd - afterBody)
            .Append(LiveReload.Script(BasePath)).Append(html, bodyEnd, html.Length - bodyEnd).ToString();
    }
}

/// <summary>The port asked for is taken by another program.</summary>
internal sealed class PortInUseException(int port) : Exception($"port {port} is already in use")
{
    /// <summary>The port.</summary>
    public int Port => port;
}
