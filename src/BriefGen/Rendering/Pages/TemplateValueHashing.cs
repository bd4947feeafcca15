using System.Runtime.CompilerServices;
using BriefGen.Hashing;
using BriefGen.Rendering.Templates;
using Scriban.Runtime;

namespace BriefGen.Rendering.Pages;

/// <summary>Hashes template variables in the canonical form of <see cref="InputHasher"/>.</summary>
internal static class TemplateValueHashing
{
    // Keyed by immutable objects only, so an entry can never go stale; entries die with their objects.
    private static readonly ConditionalWeakTable<ScriptObject, StrongBox<UInt128>> SharedObjects = [];

    /// <summary>Adds a template value: null, text, numbers, booleans, markup, and objects and arrays of them.</summary>
    public static InputHasher AddValue(this InputHasher hasher, object? value)
    {
        switch (value)
        {
            case null: return hasher.Tag('n');
            case string s: return hasher.Add(s);
            case RawHtml raw: return hasher.Tag('h').Add(raw.Value);
            case bool b: return hasher.Tag(b ? 't' : 'f');
            case int or long: return hasher.Tag('i').Add(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            case ScriptObject { IsReadOnly: true } shared:
                // Read-only objects (cards, terms) appear on many pages and cannot change: hash each once.
                return hasher.Tag('r').Add(SharedObjects.GetValue(shared, o => new StrongBox<UInt128>(new InputHasher().AddMembers(o).Finish())).Value);
            case ScriptObject o:
                return hasher.AddMembers(o);
            case ScriptArray a:
                hasher.Tag('a').Add(a.Count);
                foreach (var item in a)
                {
                    hasher.AddValue(item);
                }

                return hasher;
            default:
                // Anything else has no canonical form here: make the page unique so it is always rendered.
                return hasher.Tag('?').Add(Guid.NewGuid().ToString());
        }
    }

    private static InputHasher AddMembers(this InputHasher hasher, ScriptObject o)
    {
        hasher.Tag('o').Add(o.Count);
        foreach (var key in o.Keys.Order(StringComparer.Ordinal))
        {
            hasher.Add(key).AddValue(o[key]);
        }

        return hasher;
    }
}
