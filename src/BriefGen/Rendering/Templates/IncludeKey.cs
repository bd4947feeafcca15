using System.Globalization;
using System.Numerics;
using System.Text;
using Scriban.Parsing;
using Scriban.Syntax;

namespace BriefGen.Rendering.Templates;

/// <summary>
/// The cache key of an <c>include_cached</c> call: the resolved template path and the key arguments, each written
/// with its type and (for strings) its length, so <c>'1'</c> and <c>1</c>, or <c>'a b'</c> and <c>'a' 'b'</c>, never
/// share an entry. Only strings, numbers, booleans and null are keys: any other value (an object, a list, HTML) is
/// refused with a located error instead of being turned into text that two different values could share.
/// </summary>
internal static class IncludeKey
{
    /// <summary>The key of <paramref name="path"/> rendered with <paramref name="keys"/>.</summary>
    public static string Of(string path, IReadOnlyList<object?> keys, SourceSpan span)
    {
        var key = new StringBuilder(path.Length + 16 * keys.Count).Append(path);
        for (var i = 0; i < keys.Count; i++)
        {
            key.Append('\0');
            switch (keys[i])
            {
                case null: key.Append('n'); break;
                case bool b: key.Append(b ? "b1" : "b0"); break;
                case string s: key.Append('s').Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s); break;
                case int or long or short or sbyte or byte or ushort or uint or ulong or BigInteger:
                    key.Append('i').Append(Convert.ToString(keys[i], CultureInfo.InvariantCulture)); break;
                case float or double or decimal:
                    key.Append('f').Append(Convert.ToString(keys[i], CultureInfo.InvariantCulture)); break;
                case var other:
                    throw new ScriptRuntimeException(span, $"include_cached keys must be strings, numbers, booleans or null; key {i + 1} is {other.GetType().Name}");
            }
        }

        return key.ToString();
    }
}
