using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using BriefGen.Cli.Checking;
using BriefGen.Cli.Reporting;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Commands;

/// <summary>
/// <c>briefgen check [SITE_DIR] [--output DIR] [--base-url URL] [--templates DIR] [--config FILE] [--warnings-as-errors] [--sarif FILE]</c>:
/// builds the site into a temporary folder (or takes an already built one) and checks that every internal link,
/// anchor, stylesheet, image and script reference of every page resolves. Exit code 1 when anything is broken.
/// </summary>
internal static class CheckCommand
{
    /// <summary>What to check and how to report it.</summary>
    /// <param name="Build">The build options (its output folder unset: a temporary one is used).</param>
    /// <param name="BuiltSite">An already built site to check instead of building (read only); null: build.</param>
    /// <param name="WarningsAsErrors">Whether warnings, the build's and the check's, count as errors.</param>
    /// <param name="Report">Where the diagnostics go.</param>
    private sealed record CheckRequest(SiteBuildOptions Build, string? BuiltSite, bool WarningsAsErrors, DiagnosticReport Report);

    public static Command Create(CliConsole console)
    {
        var (siteDir, baseUrl, templates, config) = SiteOptions.Create();
        var output = new Option<string?>("--output", "-o") { Description = "Check this already built site folder instead of building one (it is only read)." };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Treat every warning, of the build and of the check, as an error (exit code 1)." };
        var sarif = new Option<string?>("--sarif") { Description = "Also write the diagnostics to this file as SARIF 2.1.0 (for code-scanning uploads)." };
        var command = new Command("check", "Build the site into a temporary folder and check its internal links, anchors, stylesheets, images and scripts.")
        {
            siteDir, output, baseUrl, templates, config, warningsAsErrors, sarif,
        };
        command.SetAction(parse => Run(console, new CheckRequest(
            new SiteBuildOptions
            {
                SiteDir = parse.GetValue(siteDir) ?? ".",
                BaseUrl = parse.GetValue(baseUrl),
                TemplatesDir = parse.GetValue(templates),
                ConfigFile = parse.GetValue(config),
                WarningsAsErrors = parse.GetValue(warningsAsErrors) ? WarningsAsErrorsPolicy.All : WarningsAsErrorsPolicy.None,
                Source = BuildCommand.CommandLineSource,
            },
            parse.GetValue(output),
            parse.GetValue(warningsAsErrors),
            new DiagnosticReport(console, parse.GetValue(sarif)))));
        return command;
    }

    private static int Run(CliConsole console, CheckRequest request)
    {
        var siteDir = request.Build.SiteDir;
        if (request.BuiltSite is { } built)
        {
            return CheckBuilt(console, request, built);
        }

        var temporary = Path.Combine(Path.GetTempPath(), "briefgen-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The site goes one level down, so the build state kept beside it stays inside the temporary folder too.
            var result = new BriefGenerator().Build(request.Build with { OutputDir = Path.Combine(temporary, "site") });
            if (!result.Succeeded)
            {
                return Math.Max(1, request.Report.Write(result.Diagnostics, siteDir, null));
            }

            var origins = new LinkOrigins(Path.GetFullPath(siteDir), result.BriefPages, TemplatesDir(request.Build));
            var report = new SiteChecker(new SiteAddress(result.BaseUrl), origins, "").Check(result.OutputDir);
            return Finish(console, request, result.Diagnostics, report);
        }
        catch (Exception e)
        {
            return InternalError(request, e);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>Checks a site built before, without building or changing anything in it.</summary>
    private static int CheckBuilt(CliConsole console, CheckRequest request, string built)
    {
        var siteDir = request.Build.SiteDir;
        if (request.Report.Refusal(built) is not null)
        {
            return request.Report.Write([], siteDir, built);
        }

        if (!Directory.Exists(built))
        {
            return Math.Max(1, request.Report.Write([new Diagnostic(Descriptors.PathNotFound, null, 0, 0, $"the output folder '{built}' given by --output")], siteDir, null));
        }

        try
        {
            var site = Path.GetFullPath(siteDir);
            var origins = new LinkOrigins(site, ImmutableDictionary<string, string>.Empty, TemplatesDir(request.Build));
            var report = new SiteChecker(new SiteAddress(request.Build.BaseUrl), origins, Display(site, built)).Check(built);
            return Finish(console, request, [], report);
        }
        catch (Exception e)
        {
            return InternalError(request, e);
        }
    }

    private static int Finish(CliConsole console, CheckRequest request, IEnumerable<Diagnostic> built, CheckReport report)
    {
        var found = report.Diagnostics.Select(d => request.WarningsAsErrors && d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d);
        List<Diagnostic> all = [.. built, .. found];
        var code = request.Report.Write(all, request.Build.SiteDir, request.BuiltSite);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"briefgen check: {report.Pages:N0} pages, {report.Links:N0} links, {report.Broken:N0} broken"));
        return code != 0 ? code : all.Any(d => d.IsError) ? 1 : 0;
    }

    /// <summary>A bug, not a user error: one BG9001 line naming the exception's type, no stack trace.</summary>
    private static int InternalError(CheckRequest request, Exception e)
    {
        request.Report.Write([new Diagnostic(Descriptors.InternalError, request.Build.SiteDir, 0, 0, e.GetType().Name + ": " + e.Message)], request.Build.SiteDir, null);
        return 1;
    }

    private static string TemplatesDir(SiteBuildOptions options) => Path.GetFullPath(options.TemplatesDir ?? Path.Combine(options.SiteDir, "templates"));

    /// <summary>How diagnostics name the checked folder: relative to the site folder when inside it (<c>_site/</c>), else its full path.</summary>
    private static string Display(string site, string folder)
    {
        var full = Path.GetFullPath(folder);
        var relative = Path.GetRelativePath(site, full);
        var name = relative == "." ? "" : relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return name.Length == 0 ? "" : name.Replace('\\', '/').TrimEnd('/') + "/";
    }
}
