using System.CommandLine;
using BriefGen.Cli.Reporting;
using BriefGen.Cli.Terminal;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Commands;

/// <summary><c>briefgen build [SITE_DIR] [-o OUT] [--base-url URL] [--templates DIR] [--config FILE] [--timings] [--warnings-as-errors] [--sarif FILE] [-q|-v]</c>: builds the static site.</summary>
internal static class BuildCommand
{
    /// <summary>Options come from the command line: no file, and each is named by its flag in diagnostics.</summary>
    public static readonly OptionSource CommandLineSource = new()
    {
        Names = new Dictionary<string, string>
        {
            [nameof(SiteBuildOptions.OutputDir)] = "--output",
            [nameof(SiteBuildOptions.BaseUrl)] = "--base-url",
            [nameof(SiteBuildOptions.TemplatesDir)] = "--templates",
            [nameof(SiteBuildOptions.ConfigFile)] = "--config",
        },
    };

    public static Command Create(CliConsole console)
    {
        var (siteDir, baseUrl, templates, config) = SiteOptions.Create();
        var output = new Option<string?>("--output", "-o") { Description = "The output folder (default: the config's output, else SITE_DIR/_site)." };
        var timings = new Option<bool>("--timings") { Description = "Also print the time and allocations of each build stage." };
        var cleanDestination = new Option<bool>("--clean-destination")
        {
            Description = "Replace an existing output folder that BriefGen did not make, deleting what it holds (without it, such a folder is refused).",
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Treat every warning as an error: the build fails before anything is written (exit code 1).",
        };
        var sarif = new Option<string?>("--sarif") { Description = "Also write the diagnostics to this file as SARIF 2.1.0 (for code-scanning uploads), even when the build fails." };
        var verbosity = new VerbosityOptions();
        var holds = new HoldOptions();
        var command = new Command("build", "Build the static site from SITE_DIR (default: the current folder).") { siteDir, output, baseUrl, templates, config, timings, cleanDestination, warningsAsErrors, sarif };
        verbosity.AddTo(command);
        holds.AddTo(command);
        command.SetAction(parse => Run(console, holds.Apply(parse, new SiteBuildOptions
        {
            SiteDir = parse.GetValue(siteDir) ?? ".",
            OutputDir = parse.GetValue(output),
            BaseUrl = parse.GetValue(baseUrl),
            TemplatesDir = parse.GetValue(templates),
            ConfigFile = parse.GetValue(config),
            CleanDestination = parse.GetValue(cleanDestination),
            WarningsAsErrors = parse.GetValue(warningsAsErrors) ? WarningsAsErrorsPolicy.All : WarningsAsErrorsPolicy.None,
            Source = CommandLineSource,
        }), new BuildReport(verbosity.Of(parse), new DiagnosticReport(console, parse.GetValue(sarif), verbosity.Of(parse)), parse.GetValue(timings))));
        return command;
    }

    private static int Run(CliConsole console, SiteBuildOptions options, BuildReport report)
    {
        if (options.OutputDir is { } given && report.Diagnostics.Refusal(given) is not null)
        {
            return report.Diagnostics.Write([], options.SiteDir, given);
        }

        var progress = new BuildProgress();
        BuildResult result;
        using (ProgressLine.Start(console, progress, report.Verbosity))
        {
            result = GuardedBuild.Run(new BriefGenerator(), options with { Progress = progress });
        }

        return report.Write(console, result, progress, options.SiteDir);
    }
}
