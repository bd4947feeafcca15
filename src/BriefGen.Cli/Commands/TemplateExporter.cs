using BriefGen.Cli.Writing;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Commands;

/// <summary>
/// Copies built-in templates into a site's template folder. All or nothing: when a file of the site's would be
/// replaced without <c>--force</c>, or a name is unknown, nothing is written. A file that already holds the built-in
/// bytes is left alone; a symbolic link is never written through.
/// </summary>
/// <param name="siteDir">The site folder (full path), which diagnostics name files from.</param>
/// <param name="folder">The site's template folder (full path).</param>
/// <param name="force">Replace files that differ from the built-in ones.</param>
internal sealed class TemplateExporter(string siteDir, string folder, bool force)
{
    /// <summary>What became of each file: <c>written</c>, <c>replaced</c> or <c>unchanged</c>.</summary>
    public sealed record Outcome(IReadOnlyList<(string File, string Change)> Files, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Exports <paramref name="names"/> and the partials they include, or every built-in template when there are none.</summary>
    public Outcome Export(IReadOnlyList<string> names)
    {
        var unknown = names.Where(n => !SiteTemplates.BuiltInNames.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            return new([], [.. unknown.Select(n => new Diagnostic(Descriptors.UnknownBuiltInTemplate, null, 0, 0, n))]);
        }

        var plan = (names.Count == 0 ? SiteTemplates.BuiltInNames : SiteTemplates.WithIncludes(names))
            .Select(n => (Name: n, File: Path.Combine(folder, n), Bytes: SiteTemplates.ReadBuiltIn(n))).ToList();
        var refused = plan.Select(p => (p.File, Link: LinkFreePath.FirstLink(folder, p.Name)))
            .Where(p => p.Link is not null)
            .Select(p => Problem(Descriptors.TemplateExportFailed, p.File, $"'{Display(Path.Combine(folder, p.Link!))}' is a symbolic link, which is never written through"))
            .Concat(force ? [] : plan.Where(p => Differs(p.File, p.Bytes)).Select(p => Problem(Descriptors.TemplateExportWouldReplace, p.File, p.Name)))
            .ToList();
        if (refused.Count > 0)
        {
            return new([], refused);
        }

        var files = new List<(string, string)>();
        foreach (var (_, file, bytes) in plan)
        {
            var change = !File.Exists(file) ? "written" : Differs(file, bytes) ? "replaced" : "unchanged";
            try
            {
                if (change != "unchanged")
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllBytes(file, bytes);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new(files, [Problem(Descriptors.TemplateExportFailed, file, FileErrors.Words(e))]);
            }

            files.Add((Display(file), change));
        }

        return new(files, []);
    }

    private static bool Differs(string file, byte[] bytes) => File.Exists(file) && !File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes);

    private Diagnostic Problem(DiagnosticDescriptor descriptor, string file, string argument) => new(descriptor, Display(file), 0, 0, argument);

    private string Display(string file)
    {
        var relative = Path.GetRelativePath(siteDir, file);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? file : relative).Replace('\\', '/');
    }
}
