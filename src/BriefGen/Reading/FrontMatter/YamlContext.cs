using BriefGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// Where a YAML text sits in its file (the path and how many file lines precede it) plus the codes and the bag
/// to report to, so every node's problem lands on the file's own line and column.
/// </summary>
internal sealed class YamlContext
{
    private readonly DiagnosticBag _bag;

    public YamlContext(string path, int lineOffset, YamlFieldCodes codes, DiagnosticBag bag)
    {
        Path = path;
        LineOffset = lineOffset;
        Codes = codes;
        _bag = bag;
    }

    public string Path { get; }

    /// <summary>File lines before the YAML's first line (1 for front matter after the opening <c>---</c>).</summary>
    public int LineOffset { get; }

    public YamlFieldCodes Codes { get; }

    public DiagnosticBag Bag => _bag;

    /// <summary>The 1-based file line of a YAML mark.</summary>
    public int LineOf(Mark mark) => (int)Math.Max(1, mark.Line) + LineOffset;

    /// <summary>The 1-based column of a YAML mark (lines are not shifted sideways).</summary>
    public static int ColumnOf(Mark mark) => (int)Math.Max(1, mark.Column);

    public void Report(DiagnosticDescriptor descriptor, Mark at, params object?[] args)
        => _bag.Report(descriptor, Path, LineOf(at), ColumnOf(at), args);

    public void WrongType(string field, string expected, YamlNode node)
        => Report(Codes.WrongType, node.Start, field, expected, YamlNodes.Describe(node));

    public void MissingPart(string field, string part, YamlNode node)
        => Report(Codes.MissingPart, node.Start, field, part);

    /// <summary>Reports an unknown key; <paramref name="hint"/> ends the message (<see cref="Suggestions.DidYouMean"/>).</summary>
    public void UnknownKey(string key, YamlNode keyNode, string hint)
        => Report(Codes.UnknownKey, keyNode.Start, YamlNodes.Shown(key), hint);
}
