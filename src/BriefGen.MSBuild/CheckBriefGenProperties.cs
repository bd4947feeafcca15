using System.Xml;
using System.Xml.Linq;
using BriefGen.Diagnostics;
using Microsoft.Build.Framework;

namespace BriefGen.MSBuild;

/// <summary>
/// Warns (BG5101) about a <c>BriefGen…</c> property that BriefGen does not know, such as <c>BriefGenBaseUri</c>, which
/// would otherwise be ignored without a word, and suggests the closest known name. MSBuild cannot list a project's
/// properties to a task, so this reads where people set them: the project file and the files given in
/// <see cref="SettingsFiles"/> (<c>Directory.Build.props</c> and <c>.targets</c>) as XML, and the global properties
/// (<c>-p:</c> on the command line) from the build engine. The known names are the settings the package's
/// <c>.props</c> file defines, so the list cannot drift from it.
/// </summary>
public sealed class CheckBriefGenProperties : BriefGenTask
{
    private const string Prefix = "BriefGen";

    /// <summary>The package's <c>BriefGen.MSBuild.props</c>: every property in its property groups is a known setting.</summary>
    [Required]
    public string KnownPropertiesFile { get; set; } = "";

    /// <summary>Other files of the user's that may set properties (Directory.Build.props/.targets); missing ones are skipped.</summary>
    public ITaskItem[] SettingsFiles { get; set; } = [];

    /// <inheritdoc/>
    public override bool Execute()
    {
        var known = PropertiesIn(XDocument.Load(KnownPropertiesFile)).Select(p => p.Name.LocalName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var policy = WarningsAsErrors;
        foreach (var (name, file, line, column) in SetProperties().Where(p => !known.Contains(p.Name)))
        {
            var suggestion = Suggestions.Closest(name, known) is { } closest ? $"; did you mean {closest}?" : "";
            LogWarning(policy, new LoggedWarning(
                Descriptors.UnknownProperty.Id, file, line, column,
                string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptors.UnknownProperty.MessageFormat, name, suggestion)));
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>Every <c>BriefGen…</c> property the user set, with where: the XML element, or the project for a global property.</summary>
    private IEnumerable<(string Name, string File, int Line, int Column)> SetProperties()
    {
        var projectFile = Path.GetFullPath(ProjectFile);
        foreach (var file in SettingsFiles.Select(f => f.GetMetadata("FullPath")).Prepend(projectFile).Where(File.Exists).Distinct())
        {
            foreach (var element in PropertiesIn(XDocument.Load(file, LoadOptions.SetLineInfo)).Where(e => IsBriefGen(e.Name.LocalName)))
            {
                var position = (IXmlLineInfo)element;
                // The reader's column is the name's; MSBuild's own diagnostics point at the '<' before it.
                yield return (element.Name.LocalName, file, position.LineNumber, position.LinePosition - 1);
            }
        }

        var global = (BuildEngine as IBuildEngine6)?.GetGlobalProperties().Keys ?? [];
        foreach (var name in global.Where(IsBriefGen))
        {
            yield return (name, projectFile, 0, 0);
        }
    }

    private static IEnumerable<XElement> PropertiesIn(XDocument document)
        => document.Root?.Elements().Where(e => e.Name.LocalName == "PropertyGroup").SelectMany(g => g.Elements()) ?? [];

    private static bool IsBriefGen(string name) => name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
