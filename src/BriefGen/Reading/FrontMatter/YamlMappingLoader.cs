using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// Parses a YAML text (front matter or sidecar) into its root mapping. Errors are reported at the file's line and
/// column, worded by <see cref="YamlErrors"/>; nothing here throws for bad input.
/// </summary>
internal static class YamlMappingLoader
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
        if (ParseEvents(yaml, context) is not { } events)
        {
            return false;
        }

        var stream = new YamlStream();
        var replay = new EventReplay(events);
        try
        {
            // MergingParser resolves '<<: *anchor' merge keys, as PyYAML's safe_load does. It buffers every event
            // first, so it is used only when the text could hold a merge key.
            stream.Load(yaml.Contains("<<", StringComparison.Ordinal) ? new MergingParser(replay) : replay);
        }
        catch (Exception ex)
        {
            ReportParseFailure(ex, replay, yaml, context);
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
    /// Parses the event stream once (iteratively, so any depth is safe), refusing absurd nesting before the
    /// representation model, which builds nodes recursively, sees it; the model is then built from these events
    /// rather than by parsing the text a second time.
    /// </summary>
    private static List<ParsingEvent>? ParseEvents(string yaml, YamlContext context)
    {
        if (SimpleYaml.TryParse(yaml) is { } simple)
        {
            return simple; // the common shapes, as YamlDotNet's parser would give them (three levels deep at most)
        }

        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(yaml));
            var events = new List<ParsingEvent>(64);
            var depth = 0;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            context.Report(context.Codes.InvalidYaml, current.Start, $"nested more than {MaxDepth} levels deep");
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }

                events.Add(current);
            }

            return events;
        }
        catch (Exception ex)
        {
            ReportParseFailure(ex, parser, yaml, context);
            return null;
        }
    }

    /// <summary>Reports the parse failure worded for people (<see cref="YamlErrors"/>) at the text's line and column.</summary>
    private static void ReportParseFailure(Exception ex, IParser? parser, string yaml, YamlContext context)
    {
        var (at, message) = YamlErrors.Describe(ex, parser, yaml);
        context.Report(context.Codes.InvalidYaml, at, message);
    }
}
