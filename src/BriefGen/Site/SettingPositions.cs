using YamlDotNet.Core;

namespace BriefGen.Site;

/// <summary>Where each setting's value stands in <c>briefgen.yml</c>, so a bad value is reported at it.</summary>
internal sealed class SettingPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _values = new(StringComparer.Ordinal);

    /// <summary>Records the value of <paramref name="key"/> at <paramref name="start"/>; a later one wins, as its value does.</summary>
    public void Add(string key, Mark start) => _values[key] = ((int)start.Line, (int)start.Column);

    /// <summary>Forgets where <paramref name="key"/> stands, when its value comes from elsewhere (a build option).</summary>
    public void Forget(string key) => _values.Remove(key);

    /// <summary>The 1-based line and column of the value of <paramref name="key"/>; (0, 0) when the file does not set it.</summary>
    public (int Line, int Column) Of(string key) => _values.GetValueOrDefault(key);
}
