using System.Globalization;
using BriefGen.Cli.Terminal;
using BriefGen.Cli.Reporting;

namespace BriefGen.Cli.Commands;

/// <summary>What <c>build</c> and <c>serve</c> print after each build, as much as the <see cref="Verbosity"/> asks.</summary>
/// <param name="Verbosity">How much to print.</param>
/// <param name="Diagnostics">Where the build's diagnostics go (the terminal, a SARIF file, GitHub annotations).</param>
/// <param name="ShowTimings">Print the stage timings even without <c>--verbose</c> (<c>--timings</c>).</param>
internal sealed record BuildReport(Verbosity Verbosity, DiagnosticReport Diagnostics, bool ShowTimings = false)
{
    /// <summary>
    /// Reports the diagnostics, then, when the build succeeded, prints its summary and what else is asked for; returns
    /// the exit code: 1 when the build failed, else what reporting the diagnostics called for (see <see cref="DiagnosticReport.Write"/>).
    /// </summary>
    public int Write(CliConsole console, BuildResult result, BuildProgress progress, string siteDir)
    {
        var reported = Diagnostics.Write(result.Diagnostics, siteDir, result.OutputDir);
        if (!result.Succeeded || reported != 0)
        {
            return result.Succeeded ? reported : 1;
        }

        if (Verbosity != Verbosity.Quiet)
        {
            console.Out.WriteLine(console.OutputStyle.Success(BuildSummary.Format(result, siteDir)));
        }

        if (Verbosity == Verbosity.Verbose)
        {
            WriteDetails(console.Out, result, progress, siteDir);
        }

        if ((ShowTimings || Verbosity == Verbosity.Verbose) && result.Timings is { } stages)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages: {stages}  ({result.FilesRendered} files rendered)"));
        }

        if (Verbosity == Verbosity.Verbose)
        {
            foreach (var template in result.Templates)
            {
                console.Out.WriteLine($"template: {template.Name} from {template.Describe()} ({template.Path})");
            }
        }

        console.Out.Flush();
        return 0;
    }

    private static void WriteDetails(TextWriter output, BuildResult result, BuildProgress progress, string siteDir)
    {
        var (seeds, generated) = (progress.Seeds, progress.GeneratedFiles);
        output.WriteLine($"site: {Path.GetFullPath(siteDir)}");
        output.WriteLine($"config: {result.ConfigFile ?? "none (the defaults apply)"}");
        output.WriteLine($"output: {result.OutputDir}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeds: {seeds.Done} read ({seeds.Kept} unchanged since the previous build)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated files: {generated.Done} ({generated.Done - generated.Kept} rendered, {generated.Kept} kept)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files: {result.Files.Length} ({result.FilesWritten} written, {result.Files.Length - result.FilesWritten} unchanged)"));
    }
}
