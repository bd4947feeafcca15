using BriefGen.Cli.Terminal;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Reporting;

/// <summary>
/// Where a command's diagnostics go: always standard error; a SARIF file when <c>--sarif</c> names one (written even
/// when the build fails); and, in a GitHub Actions job, workflow commands on standard output that annotate the files.
/// </summary>
/// <param name="console">The command's streams and environment.</param>
/// <param name="sarifFile">The SARIF file as the user named it; null: none.</param>
/// <param name="verbosity">With <see cref="Verbosity.Quiet"/>, the console and annotations get only warnings and errors; the SARIF file gets all.</param>
internal sealed class DiagnosticReport(CliConsole console, string? sarifFile, Verbosity verbosity = Verbosity.Normal)
{
    /// <summary>BG6101 when the SARIF file lies inside <paramref name="outputDir"/>, which builds replace; else null.</summary>
    public Diagnostic? Refusal(string outputDir)
    {
        if (sarifFile is null)
        {
            return null;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(outputDir), Path.GetFullPath(sarifFile));
        var inside = relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        return inside ? new Diagnostic(Descriptors.ReportInsideOutput, null, 0, 0, sarifFile, outputDir) : null;
    }

    /// <summary>
    /// Reports <paramref name="diagnostics"/> (paths relative to <paramref name="siteDir"/>) everywhere it should; returns
    /// the exit code the report itself calls for: 0, <see cref="CliApp.UsageError"/> when the SARIF file was refused for
    /// lying in <paramref name="outputDir"/> (null or empty: no output folder), 1 when it could not be written.
    /// </summary>
    public int Write(IReadOnlyCollection<Diagnostic> diagnostics, string siteDir, string? outputDir)
    {
        var (own, code) = WriteSarif(diagnostics, outputDir);
        IEnumerable<Diagnostic> all = own is null ? diagnostics : [.. diagnostics, own];
        if (verbosity == Verbosity.Quiet)
        {
            all = all.Where(d => d.Severity >= DiagnosticSeverity.Warning);
        }

        ConsoleDiagnosticWriter.Write(console, all);
        if (GitHubAnnotations.Enabled(console.Environment))
        {
            var site = Path.GetFullPath(siteDir);
            var workspace = console.Environment("GITHUB_WORKSPACE") is { Length: > 0 } given ? Path.GetFullPath(given) : Directory.GetCurrentDirectory();
            foreach (var diagnostic in DiagnosticOrder.Sort(all))
            {
                console.Out.WriteLine(GitHubAnnotations.Format(diagnostic, site, workspace));
            }
        }

        return code;
    }

    private (Diagnostic? Own, int Code) WriteSarif(IReadOnlyCollection<Diagnostic> diagnostics, string? outputDir)
    {
        if (sarifFile is null)
        {
            return (null, 0);
        }

        if (!string.IsNullOrEmpty(outputDir) && Refusal(outputDir) is { } refusal)
        {
            return (refusal, CliApp.UsageError);
        }

        try
        {
            var full = Path.GetFullPath(sarifFile);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, SarifWriter.Write(diagnostics));
            return (null, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (new Diagnostic(Descriptors.ReportNotWritten, null, 0, 0, sarifFile, FileErrors.Words(e)), 1);
        }
    }
}
