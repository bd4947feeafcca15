using System.Net;
using System.Text;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Serve;

/// <summary>
/// The errors of the last build, drawn by the server into every HTML page it serves (so it shows in any client, with
/// or without script): each diagnostic as the terminal prints it (file, line, column, code, message), escaped.
/// </summary>
internal static class ErrorOverlay
{
    /// <summary>The overlay's markup for <paramref name="diagnostics"/>' errors and warnings; empty when there is no error.</summary>
    public static string For(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (!diagnostics.Any(d => d.IsError))
        {
            return "";
        }

        var html = new StringBuilder();
        html.Append("<div id=\"briefgen-errors\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;")
            .Append("background:rgba(20,20,20,.94);color:#fff;font:15px/1.5 ui-monospace,monospace\">")
            .Append("<h1 style=\"font:bold 20px/1.3 system-ui,sans-serif;color:#ff8a80;margin:0 0 1rem\">The site did not build: the preview shows the last site that did</h1><ul style=\"list-style:none;padding:0;margin:0\">");
        foreach (var d in DiagnosticOrder.Sort(diagnostics))
        {
            html.Append("<li style=\"margin:0 0 .75rem;color:").Append(d.IsError ? "#ff8a80" : "#ffd54f").Append("\">")
                .Append(WebUtility.HtmlEncode(DiagnosticFormatter.Format(d))).Append("</li>");
        }

        return html.Append("</ul><p style=\"font-family:system-ui,sans-serif;color:#ccc\">Fix the file and save: the page updates by itself.</p></div>").ToString();
    }
}
