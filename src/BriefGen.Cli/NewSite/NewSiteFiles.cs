using System.Reflection;
using System.Text;

namespace BriefGen.Cli.NewSite;

/// <summary>
/// The files <c>briefgen new</c> writes: those of the <c>dotnet new briefgen-site</c> template, embedded from
/// src/BriefGen.Templates at build time (its README explains which files each one writes), with the generator's
/// own version in place of <see cref="VersionToken"/>.
/// </summary>
internal static class NewSiteFiles
{
    /// <summary>The text the template files hold where the BriefGen version goes (template.json replaces it too).</summary>
    public const string VersionToken = "BRIEFGEN_VERSION";

    /// <summary>The prefix of the embedded resources' names (LogicalName in BriefGen.Cli.csproj).</summary>
    private const string ResourcePrefix = "NewSite/";

    private static readonly Assembly Assembly = typeof(NewSiteFiles).Assembly;

    /// <summary>This tool's version as a package version: the informational version without its <c>+commit</c> suffix.</summary>
    public static string GeneratorVersion { get; } = Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>Every file of a new site, sorted by path, pinned to <see cref="GeneratorVersion"/>.</summary>
    public static IReadOnlyList<SiteFile> All()
        => [.. Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => new SiteFile(name[ResourcePrefix.Length..].Replace('\\', '/'), Read(name).Replace(VersionToken, GeneratorVersion, StringComparison.Ordinal)))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)];

    private static string Read(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
