using System.Collections.Immutable;

namespace BriefGen;

/// <summary>
/// Where the values of <see cref="SiteBuildOptions"/> were given, so that a diagnostic about one of them points at
/// that file and names the option as the user wrote it: for the MSBuild task the project file and
/// <c>BriefGenBaseUrl</c>, for the CLI no file and <c>--base-url</c>.
/// </summary>
public sealed record OptionSource
{
    /// <summary>The file that sets the options (full path); null when they come from no file, such as a command line.</summary>
    public string? File { get; init; }

    /// <summary>
    /// The user's name of each option, keyed by its <see cref="SiteBuildOptions"/> property
    /// (<c>nameof(SiteBuildOptions.BaseUrl)</c> → <c>BriefGenBaseUrl</c>); an option not listed is named by its property.
    /// </summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The user's name of an option, from its <see cref="SiteBuildOptions"/> property name.</summary>
    internal string NameOf(string option) => Names.TryGetValue(option, out var name) ? name : option;
}
