using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// Parses a YAML text (front matter or sidecar) into its root mapping. Errors are reported at the file's line and
/// column with YamlDotNet's own message (without its location prefix); nothing here throws for bad input.
/// </summary>
internal static partial class YamlMappingLoader
{
    /// <summary>Deeper nesting than any field needs; the bound keeps YamlDotNet's recursive node building safe.</summary>
    internal const int MaxDepth = 32;

    /// <summary>
    /// Loads <paramref name="yaml"/>. Returns false when an error was reported. On success
    /// <paramref name="mapping"/> is the root mapping, or null for an empty document (no fields).
    /// </summary>
    public static bool TryLoad(string yaml, YamlContext context, out YamlMappingNode? mapping)
    {
        mapping = null;
        if (!CheckDepth(yaml, context))
        {
            return false;
        }

        var stream = new YamlStream();
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(yaml));

            // MergingParser resolves '<<: *anchor' merge keys, as PyYAML's safe_load does.
            stream.Load(new MergingParser(parser));
        }
        catch (Exception ex)
        {
            ReportParseFailure(ex, parser, context);
            return false;
        }

        if (stream.Documents.Count == 0)
        {
            return true;
        }

        var root = stream.Documents[0].RootNode;
        if (stream.Documents.Count > 1)
        {
            context.Report(context.Codes.NotMapping, stream.Documents[1].RootNode.Start, "several YAML documents");
            return false;
        }

        switch (root)
        {
            case YamlMappingNode m:
                mapping = m;
                return true;
            case var n when YamlNodes.IsNull(n):
                return true;
            default:
                context.Report(context.Codes.NotMapping, root.Start, YamlNodes.Describe(root));
                return false;
        }
    }

    /// <summary>
    /// A first pass over the event stream (iterative, so any depth is safe) that refuses absurd nesting before the
    /// representation model, which builds nodes recursively, sees it.
    /// </summary>
    private static bool CheckDepth(string yaml, YamlContext context)
    {
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(yaml));
            var depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            context.Report(context.Codes.InvalidYaml, parser.Current.Start, $"nested more than {MaxDepth} levels deep");
                            return false;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }

            return true;
        }
        catch (Exception ex)
        {
            ReportParseFailure(ex, parser, context);
            return false;
        }
    }

    private static void ReportParseFailure(Exception ex, Parser? parser, YamlContext context)
    {
        if (ex is YamlException yaml)
        {
            var message = ex.InnerException is YamlException inner && yaml.Message == inner.Message ? inner.Message : yaml.Message;
            context.Report(context.Codes.InvalidYaml, yaml.Start, YamlNodes.Shown(StripLocation(message), int.MaxValue));
            return;
        }

        // YamlDotNet occasionally fails with a non-YAML exception on malformed input (e.g. an unclosed flow list
        // followed by a mapping); report it where the parser last stood rather than as a crash.
        var at = parser?.Current?.End ?? Mark.Empty;
        context.Report(context.Codes.InvalidYaml, at, "the YAML parser stopped near here (" + ex.Message + ")");
    }

    /// <summary>YamlException messages may start with "(Line: 2, Col: 3, Idx: 9) - (Line: …): "; the diagnostic carries the location.</summary>
    internal static string StripLocation(string message) => LocationPrefix().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LocationPrefix();
}
