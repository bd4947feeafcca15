using System.Text.RegularExpressions;

namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>
/// Evaluates the small subset of MSBuild conditions the package's UsingTask and guard elements use:
/// <c>'…' == '…'</c>, <c>!=</c>, <c>and</c>, <c>or</c>, parentheses, <c>$(Property)</c>. Anything else throws, so a
/// test never silently evaluates a condition it does not understand.
/// </summary>
internal static partial class ConditionEvaluator
{
    public static bool Evaluate(string condition, IReadOnlyDictionary<string, string> properties)
    {
        var expanded = PropertyReference().Replace(condition, m => properties.TryGetValue(m.Groups[1].Value, out var v) ? v : "");
        var tokens = Token().Matches(expanded).Select(m => m.Value).ToList();
        var position = 0;
        var result = Or(tokens, ref position);
        return position == tokens.Count ? result : throw new FormatException("unexpected token in: " + condition);
    }

    private static bool Or(List<string> t, ref int i)
    {
        var value = And(t, ref i);
        while (i < t.Count && t[i].Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            i++;
            value |= And(t, ref i);
        }

        return value;
    }

    private static bool And(List<string> t, ref int i)
    {
        var value = Comparison(t, ref i);
        while (i < t.Count && t[i].Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            i++;
            value &= Comparison(t, ref i);
        }

        return value;
    }

    private static bool Comparison(List<string> t, ref int i)
    {
        if (t[i] == "(")
        {
            i++;
            var inner = Or(t, ref i);
            i++; // ")"
            return inner;
        }

        var left = Unquote(t[i++]);
        var op = t[i++];
        var right = Unquote(t[i++]);
        return op switch
        {
            "==" => left.Equals(right, StringComparison.OrdinalIgnoreCase),
            "!=" => !left.Equals(right, StringComparison.OrdinalIgnoreCase),
            _ => throw new FormatException("unsupported operator " + op),
        };
    }

    private static string Unquote(string token) => token.StartsWith('\'') ? token[1..^1] : throw new FormatException("expected a quoted string, got " + token);

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex PropertyReference();

    [GeneratedRegex(@"'[^']*'|==|!=|\(|\)|[A-Za-z]+")]
    private static partial Regex Token();
}
