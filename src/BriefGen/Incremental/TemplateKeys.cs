using System.Collections.Concurrent;
using System.IO.Hashing;
using BriefGen.Hashing;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;

namespace BriefGen.Incremental;

/// <summary>
/// The current hash of a set of template names: each name as it resolves now (user folder or built-in, so adding an
/// override changes it) and the bytes it reads. One build's loader, each name hashed once.
/// </summary>
internal sealed class TemplateKeys(TemplateLoader loader)
{
    private readonly ConcurrentDictionary<string, UInt128> _names = new(StringComparer.Ordinal);

    // The state shares one list per distinct set of templates, so a set is combined once, not once per file.
    private readonly ConcurrentDictionary<IReadOnlyList<string>, UInt128> _sets = new(ReferenceEqualityComparer.Instance);

    /// <summary>The key of <paramref name="names"/> (ordinal order, as <see cref="PageRecord.Templates"/> holds them).</summary>
    public UInt128 Of(IReadOnlyList<string> names) => _sets.TryGetValue(names, out var key) ? key : _sets.GetOrAdd(names, Combine);

    private UInt128 Combine(IReadOnlyList<string> names)
    {
        var hasher = new InputHasher().Add(names.Count);
        foreach (var name in names)
        {
            var key = _names.GetOrAdd(name, Hash);
            hasher.Add(key);
        }

        return hasher.Finish();
    }

    private UInt128 Hash(string name)
    {
        string? path;
        try
        {
            path = loader.Resolve(name);
        }
        catch (Scriban.Syntax.ScriptRuntimeException)
        {
            path = null; // a name that is refused now renders (and reports) again
        }

        return path is null ? UInt128.Zero : XxHash128.HashToUInt128(System.Text.Encoding.UTF8.GetBytes(path)) ^ XxHash128.HashToUInt128(loader.ReadBytes(path), seed: 1);
    }
}
