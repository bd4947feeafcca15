using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using BriefGen.Cli.Reporting;
using BriefGen.Cli.Serve;
using BriefGen.Cli.Terminal;

namespace BriefGen.Cli.Commands;

/// <summary><c>briefgen serve [SITE_DIR] [--port N] [--host ADDR] [--base-url URL] [--open] [-q|-v]</c>: previews the site with live reload.</summary>
internal static class ServeCommand
{
    private static readonly OptionSource CommandLineSource = new()
    {
        Names = new Dictionary<string, string> { [nameof(SiteBuildOptions.BaseUrl)] = "--base-url" },
    };

    public static Command Create(CliConsole console)
    {
        var siteDir = new Argument<string>("SITE_DIR") { Description = "The site folder (holds seeds/, templates/, static/, briefgen.yml).", DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on.", DefaultValueFactory = _ => 1313 };
        var host = new Option<string>("--host") { Description = "The address to listen on (default: 127.0.0.1, this machine only).", DefaultValueFactory = _ => "127.0.0.1" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The public URL of the site; overrides baseUrl in briefgen.yml. The preview answers under its path." };
        var open = new Option<bool>("--open") { Description = "Open the preview in the default browser." };
        var verbosity = new VerbosityOptions();
        var holds = new HoldOptions();
        var command = new Command("serve", "Build the site, serve it on this machine and rebuild it as you edit, reloading the pages that changed.") { siteDir, port, host, baseUrl, open };
        verbosity.AddTo(command);
        holds.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            if (!IPAddress.TryParse(parse.GetValue(host), out var address))
            {
                console.WriteErrorLine($"briefgen: error: '{parse.GetValue(host)}' is not an IP address (for example 127.0.0.1 or 0.0.0.0)");
                return CliApp.UsageError;
            }

            var options = holds.Apply(parse, new SiteBuildOptions { SiteDir = parse.GetValue(siteDir) ?? ".", BaseUrl = parse.GetValue(baseUrl), Source = CommandLineSource, Progress = new BuildProgress() });
            return await Run(console, options, new BuildReport(verbosity.Of(parse), new DiagnosticReport(console, null, verbosity.Of(parse))), new IPEndPoint(address, parse.GetValue(port)), parse.GetValue(open), cancel);
        });
        return command;
    }

    private static async Task<int> Run(CliConsole console, SiteBuildOptions options, BuildReport report, IPEndPoint endpoint, bool open, CancellationToken cancel)
    {
        if (!Directory.Exists(options.SiteDir))
        {
            console.WriteErrorLine($"briefgen: error: the site folder '{options.SiteDir}' does not exist");
            return 1;
        }

        // One line for the whole session: it shows each build, the first and every rebuild, and gives way to what is printed.
        var progress = options.Progress!;
        using var line = ProgressLine.Start(console, progress, report.Verbosity);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, endpoint, build => line.Interrupt(() => report.Write(console, build.Result, progress, options.SiteDir)));
        }
        catch (PortInUseException e)
        {
            console.WriteErrorLine($"briefgen: error: port {e.Port} is already in use; stop what uses it or choose another with --port");
            return 1;
        }

        await using (server)
        {
            var url = new Uri(server.Address, server.BasePath);
            line.Interrupt(() =>
            {
                console.Out.WriteLine($"Serving {options.SiteDir} at {url} (Ctrl-C to stop)");
                console.Out.Flush();
            });
            if (open)
            {
                OpenBrowser(url);
            }

            await UntilStopped(cancel);
            if (report.Verbosity != Verbosity.Quiet)
            {
                line.Interrupt(() => console.Out.WriteLine("Stopped."));
            }
        }

        return 0;
    }

    /// <summary>Waits for Ctrl-C (SIGINT), SIGTERM or <paramref name="cancel"/>.</summary>
    private static async Task UntilStopped(CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true; // the server stops cleanly, then the process ends
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // asked to stop
        }
    }

    private static void OpenBrowser(Uri url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open", url.ToString()) { UseShellExecute = false })?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no browser opener on this machine: the address is printed above
        }
    }
}
