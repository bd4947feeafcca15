using System.Text;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Reporting;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=BG1234::message</c>), which
/// GitHub shows as annotations on the pull request's diff. Printed only when <c>GITHUB_ACTIONS</c> is <c>true</c>.
/// </summary>
internal static class GitHubAnnotations
{
    /// <summary>Whether the environment is a GitHub Actions job.</summary>
    public static bool Enabled(Func<string, string?> environment) => environment("GITHUB_ACTIONS") == "true";

    /// <summary>
    /// One diagnostic as a workflow command. Its path (relative to <paramref name="siteDir"/>, or full) is given relative
    /// to <paramref name="workspace"/> (the repository root) when it lies inside it, so the annotation lands on the file.
    /// </summary>
    public static string Format(Diagnostic diagnostic, string siteDir, string workspace)
    {
        var command = new StringBuilder("::").Append(diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        });
        var properties = new List<string>();
        if (!string.IsNullOrEmpty(diagnostic.Path))
        {
            properties.Add("file=" + EscapeProperty(RepositoryPath(diagnostic.Path, siteDir, workspace)));
            if (diagnostic.Line > 0)
            {
                properties.Add("line=" + diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (diagnostic.Column > 0)
                {
                    properties.Add("col=" + diagnostic.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Id));
        return command.Append(' ').AppendJoin(',', properties).Append("::").Append(EscapeData(diagnostic.Message)).ToString();
    }

    /// <summary>GitHub's escaping of a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>GitHub's escaping of a property value: as the message, and <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");

    private static string RepositoryPath(string path, string siteDir, string workspace)
    {
        var full = Path.GetFullPath(path, siteDir);
        var relative = Path.GetRelativePath(workspace, full);
        var outside = relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside ? full : relative).Replace('\\', '/');
    }
}
