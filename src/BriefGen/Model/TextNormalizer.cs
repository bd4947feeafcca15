using System.Text;

namespace BriefGen.Model;

/// <summary>
/// The contract's string normalisation: every Unicode white space (NBSP, thin spaces, tabs, line ends…) becomes
/// a plain space, runs collapse to one, and the ends are trimmed. Nothing else is changed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>True for every character the contract treats as white space (Python's <c>str.isspace</c> set).</summary>
    public static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Normalises a string; null stays null.</summary>
    public static string? NormalizeOrNull(string? value) => value is null ? null : Normalize(value);

    /// <summary>Normalises a string.</summary>
    public static string Normalize(string value) => Normalize(value.AsSpan());

    /// <summary>Normalises a span of text.</summary>
    public static string Normalize(ReadOnlySpan<char> value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        var trimmed = value[start..end];
        if (IsAlreadyNormal(trimmed))
        {
            return trimmed.ToString();
        }

        var sb = new StringBuilder(trimmed.Length);
        var pendingSpace = false;
        foreach (var c in trimmed)
        {
            if (IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True when the text has no white space but single plain spaces (the common case: no copy needed).</summary>
    private static bool IsAlreadyNormal(ReadOnlySpan<char> trimmed)
    {
        var previousSpace = false;
        foreach (var c in trimmed)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
            }
            else if (IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return true;
    }
}
