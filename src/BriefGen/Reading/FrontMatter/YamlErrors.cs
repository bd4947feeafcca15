using System.Text.RegularExpressions;
using BriefGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// The first problem of a YAML text (front matter, sidecar or <c>briefgen.yml</c>) worded for people: what was
/// expected there and how to fix it, at the text's own line and column. The parser's exception only says which
/// case it is; its message, which names parser internals, never reaches a diagnostic.
/// </summary>
internal static partial class YamlErrors
{
    /// <summary>When nothing more precise is known.</summary>
    private const string Unreadable = "this is not valid YAML: check the quotes, brackets and indentation of this line and the lines just above";

    /// <summary>
    /// Loads a whole YAML file (<c>briefgen.yml</c>, a strings table): its first document's root, or null when the file
    /// holds nothing. False after reporting its first problem as <paramref name="syntaxError"/> at <paramref name="path"/>.
    /// </summary>
    public static bool TryLoad(string yaml, string path, DiagnosticDescriptor syntaxError, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = null;
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (Exception e)
        {
            // Any exception: YamlDotNet throws a few that are not YamlExceptions on malformed text.
            var (at, message) = Describe(e, parser, yaml);
            diagnostics.Report(syntaxError, path, (int)Math.Max(1, at.Line), (int)Math.Max(1, at.Column), message);
            return false;
        }

        root = stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" } ? null : stream.Documents[0].RootNode;
        return true;
    }

    /// <summary>Where <paramref name="failure"/> (thrown while parsing <paramref name="yaml"/>) happened and what to say about it.</summary>
    public static (Mark At, string Message) Describe(Exception failure, IParser? parser, string yaml)
    {
        if (failure is not YamlException problem)
        {
            // YamlDotNet fails with a non-YAML exception on an unclosed '[' or '{' followed by more lines.
            return (parser?.Current?.End ?? Mark.Empty, "expected ',' or a closing ']' or '}': a list or mapping in brackets opened before here is never closed");
        }

        var inner = problem.InnerException as YamlException;
        var message = inner?.Message ?? problem.Message;
        var at = problem.Start;
        return (at, Explain(message, CharAt(yaml, at)));
    }

    /// <summary>The wording for one parser message; <paramref name="here"/> is the character at the error (or null).</summary>
    private static string Explain(string message, char? here) => message switch
    {
        _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) || here == '\t'
            => "a tab character here: YAML indents and separates with spaces only",
        _ when message.Contains("quoted scalar", StringComparison.Ordinal) && message.Contains("escape", StringComparison.Ordinal)
            => "an unknown escape after '\\' in a double-quoted value: write '\\\\' for a backslash, or put the value in single quotes",
        _ when message.Contains("quoted scalar", StringComparison.Ordinal)
            => $"the quoted value that starts here is never closed: expected a closing {Quote(here)} on the same line",
        _ when message.Contains("invalid mapping", StringComparison.Ordinal)
            => "unexpected ':' here: put a value that holds ': ' in quotes, give every key its ':', and start each key at the column of the keys above it",
        _ when message.Contains("expected ',' or ']'", StringComparison.Ordinal)
            => "expected ',' or a closing ']': a list in brackets opened before here is never closed",
        _ when message.Contains("expected ',' or '}'", StringComparison.Ordinal)
            => "expected ',' or a closing '}': a mapping in braces opened before here is never closed",
        _ when message.Contains("expected '-' indicator", StringComparison.Ordinal)
            => "expected a list item ('- value') here: start it at the column of the items above",
        _ when message.Contains("did not find expected key", StringComparison.Ordinal)
            => "expected a new 'key: value' line here: start it at the column of the keys above it, with nothing after a quoted value but the line end",
        _ when message.Contains("cannot start any token", StringComparison.Ordinal) && here is { } c
            => $"a value cannot start with '{c}': put the value in quotes",
        _ when message.Contains("expected node content", StringComparison.Ordinal)
            => "expected a value here",
        _ when DuplicateKey().Match(message) is { Success: true } m
            => $"the key '{YamlNodes.Shown(m.Groups[1].Value)}' is given twice: give each key once",
        _ when UnknownAnchor().Match(message) is { Success: true } m
            => $"'*{YamlNodes.Shown(m.Groups[1].Value)}' refers to an anchor '&{YamlNodes.Shown(m.Groups[1].Value)}' that is not defined before it; to write a '*', quote the value",
        _ => Unreadable,
    };

    private static char? CharAt(string yaml, Mark at) => at.Index >= 0 && at.Index < yaml.Length ? yaml[(int)at.Index] : null;

    private static string Quote(char? opening) => opening is '\'' ? "'" : "\"";

    [GeneratedRegex(@"^Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"anchor '([^']*)'")]
    private static partial Regex UnknownAnchor();
}
