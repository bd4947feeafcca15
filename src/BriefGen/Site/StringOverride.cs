using YamlDotNet.RepresentationModel;

namespace BriefGen.Site;

/// <summary>
/// One word of the default templates the site replaces (<c>strings:</c> in <c>briefgen.yml</c>): a key of the strings
/// table, or one plural form of it, with where it stands so an unknown key is reported there.
/// </summary>
/// <param name="Key">The key, e.g. <c>related</c> or <c>brief_count</c>.</param>
/// <param name="Form">The plural form (<c>one</c>, <c>other</c>…) of a key given as a mapping; null for a plain text.</param>
/// <param name="Text">The words, with their <c>{name}</c> placeholders.</param>
/// <param name="Line">The 1-based line of the key in <c>briefgen.yml</c>.</param>
/// <param name="Column">The 1-based column of the key.</param>
internal sealed record StringOverride(string Key, string? Form, string Text, int Line, int Column)
{
    /// <summary>What <c>strings:</c> must hold, for the message of a value of the wrong shape.</summary>
    public const string Expected = "a mapping of string keys to texts, or to a mapping of plural forms (one, other…) to texts";

    /// <summary>The overrides of a <c>strings:</c> mapping, in order; null when it is not one.</summary>
    public static IReadOnlyList<StringOverride>? Parse(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            return null;
        }

        var overrides = new List<StringOverride>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                return null;
            }

            var (line, column) = ((int)keyNode.Start.Line, (int)keyNode.Start.Column);
            switch (value)
            {
                case YamlScalarNode { Value: { } text }:
                    overrides.Add(new StringOverride(key, null, text, line, column));
                    break;
                case YamlMappingNode forms:
                    foreach (var (formNode, formValue) in forms.Children)
                    {
                        if (formNode is not YamlScalarNode { Value: { } form } || formValue is not YamlScalarNode { Value: { } text })
                        {
                            return null;
                        }

                        overrides.Add(new StringOverride(key, form, text, line, column));
                    }

                    break;
                default:
                    return null;
            }
        }

        return overrides;
    }
}
