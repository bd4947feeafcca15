using BriefGen.Diagnostics;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// The diagnostics one YAML field source reports: front matter (BG12xx) and sidecars (BG13xx) share the field
/// mapper but keep their own codes, so a user can tell which file to fix from the code alone.
/// </summary>
internal sealed record YamlFieldCodes(
    DiagnosticDescriptor InvalidYaml,
    DiagnosticDescriptor NotMapping,
    DiagnosticDescriptor UnknownKey,
    DiagnosticDescriptor WrongType,
    DiagnosticDescriptor MissingPart,
    DiagnosticDescriptor DuplicateField,
    DiagnosticDescriptor DateNotIso)
{
    /// <summary>The codes of a Markdown seed's front matter.</summary>
    public static YamlFieldCodes FrontMatter { get; } = new(
        Descriptors.FrontMatterInvalidYaml,
        Descriptors.FrontMatterNotMapping,
        Descriptors.FrontMatterUnknownKey,
        Descriptors.FrontMatterWrongType,
        Descriptors.FrontMatterMissingPart,
        Descriptors.FrontMatterDuplicateField,
        Descriptors.FrontMatterDateNotIso);

    /// <summary>The codes of a <c>&lt;stem&gt;.yml</c> sidecar.</summary>
    public static YamlFieldCodes Sidecar { get; } = new(
        Descriptors.SidecarInvalidYaml,
        Descriptors.SidecarNotMapping,
        Descriptors.SidecarUnknownKey,
        Descriptors.SidecarWrongType,
        Descriptors.SidecarMissingPart,
        Descriptors.SidecarDuplicateField,
        Descriptors.SidecarDateNotIso);
}
