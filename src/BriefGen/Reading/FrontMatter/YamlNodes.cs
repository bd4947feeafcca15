using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefGen.Reading.FrontMatter;

/// <summary>Small readers over YamlDotNet's representation model that keep scalars as the text written.</summary>
internal static class YamlNodes
{
    /// <summary>
    /// True for YAML's null: a plain <c>~</c>, <c>null</c>/<c>Null</c>/<c>NULL</c> or nothing at all (as PyYAML reads
    /// it). A quoted <c>"null"</c> is the text "null".
    /// </summary>
    public static bool IsNull(YamlNode node) => node is YamlScalarNode
    {
        Style: ScalarStyle.Plain or ScalarStyle.Any,
        Value: null or "" or "~" or "null" or "Null" or "NULL",
    };

    /// <summary>Longest user text quoted in a message.</summary>
    private const int MaxShown = 60;

    /// <summary>
    /// User text as quoted in a one-line message: control characters (line ends included) escaped, long text cut,
    /// so a diagnostic always stays one line.
    /// </summary>
    public static string Shown(string text, int maxLength = MaxShown)
    {
        var sb = new System.Text.StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var c in text)
        {
            if (sb.Length >= maxLength)
            {
                sb.Append('…');
                break;
            }

            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>How a node is named in a wrong-type message.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "null",
        YamlScalarNode { Value: { Length: > 0 and <= MaxShown } text } => $"'{Shown(text)}'",
        YamlScalarNode => "a text value",
        _ => "an alias",
    };

    /// <summary>
    /// Reads a text value. Returns false (and reports) for a list or mapping; <paramref name="value"/> is null for
    /// YAML's null. Scalars keep their text exactly as YamlDotNet scanned it: a date is never turned into a DateTime.
    /// </summary>
    public static bool TryText(YamlNode node, string field, YamlContext context, out string? value)
    {
        value = null;
        if (IsNull(node))
        {
            return true;
        }

        if (node is YamlScalarNode scalar)
        {
            value = scalar.Value ?? string.Empty;
            return true;
        }

        context.WrongType(field, "a text value", node);
        return false;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>; returns false (and reports) for anything else, YAML's null included.</summary>
    public static bool TryBoolean(YamlNode node, string field, YamlContext context, out bool value)
    {
        value = false;
        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } && bool.TryParse(text, out value))
        {
            return true;
        }

        context.WrongType(field, "true or false", node);
        return false;
    }

    /// <summary>The items of a list; YAML's null is an empty list. Returns false (and reports) for anything else.</summary>
    public static bool TryList(YamlNode node, string field, YamlContext context, out IReadOnlyList<YamlNode> items)
    {
        items = [];
        if (IsNull(node))
        {
            return true;
        }

        if (node is YamlSequenceNode sequence)
        {
            items = sequence.Children.ToArray();
            return true;
        }

        context.WrongType(field, "a list", node);
        return false;
    }
}
