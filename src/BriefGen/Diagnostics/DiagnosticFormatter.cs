using System.Text;

namespace BriefGen.Diagnostics;

/// <summary>Formats diagnostics in MSBuild's canonical form: <c>path(line,col): error BG1234: message</c>.</summary>
public static class DiagnosticFormatter
{
    /// <summary>Formats one diagnostic; the path is printed as it is stored, with <c>/</c> separators.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(diagnostic.Path))
        {
            sb.Append(diagnostic.Path.Replace('\\', '/'));
            if (diagnostic.Line > 0)
            {
                sb.Append('(').Append(diagnostic.Line);
                if (diagnostic.Column > 0)
                {
                    sb.Append(',').Append(diagnostic.Column);
                }

                sb.Append(')');
            }

            sb.Append(": ");
        }
        else
        {
            sb.Append("briefgen: ");
        }

        sb.Append(SeverityWord(diagnostic.Severity)).Append(' ').Append(diagnostic.Id).Append(": ").Append(diagnostic.Message);
        return sb.ToString();
    }

    /// <summary>The word MSBuild uses for a severity (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
