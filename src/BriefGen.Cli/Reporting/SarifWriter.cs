using System.Reflection;
using System.Text;
using System.Text.Json;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Reporting;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log (one run of the tool "BriefGen"), for code-scanning uploads. Paths relative to the
/// site folder become URIs relative to <c>SRCROOT</c>; the output is the same for the same diagnostics.
/// </summary>
internal static class SarifWriter
{
    /// <summary>The base the relative URIs are resolved against: the site folder, which the consumer knows.</summary>
    public const string SourceRoot = "SRCROOT";

    /// <summary>The SARIF log of <paramref name="diagnostics"/>, UTF-8 JSON.</summary>
    public static byte[] Write(IEnumerable<Diagnostic> diagnostics)
    {
        var sorted = DiagnosticOrder.Sort(diagnostics).ToList();
        var rules = sorted.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(r => r.Id, r => r.i, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            foreach (var diagnostic in sorted)
            {
                WriteResult(json, diagnostic, ruleIndex[diagnostic.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>A SARIF level: <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter json, IEnumerable<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "BriefGen");
        json.WriteString("version", ToolVersion());
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        if (!string.IsNullOrEmpty(diagnostic.Path))
        {
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            if (Path.IsPathRooted(diagnostic.Path))
            {
                json.WriteString("uri", new Uri(diagnostic.Path).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", string.Join('/', diagnostic.Path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
                json.WriteString("uriBaseId", SourceRoot);
            }

            json.WriteEndObject();
            if (diagnostic.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", diagnostic.Line);
                if (diagnostic.Column > 0)
                {
                    json.WriteNumber("startColumn", diagnostic.Column);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A rule's name as SARIF expects one: the title in PascalCase (<c>Broken link</c> → <c>BrokenLink</c>).</summary>
    private static string RuleName(string title)
    {
        var name = new StringBuilder();
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.ToString();
    }

    /// <summary>The CLI's version without build metadata (<c>1.2.3</c>, not <c>1.2.3+abc</c>).</summary>
    private static string ToolVersion()
    {
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var metadata = version.IndexOf('+');
        return metadata < 0 ? version : version[..metadata];
    }
}
