using BriefGen.Diagnostics;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// The diagnostics one YAML field source reports: front matter (BG12xx) and sidecars (BG13xx) share the field
/// mapper but keep their own codes, so a user can tell which file to fix from the code alone.
/// </summary>
internal sealed record YamlFieldCodes
{
    /// <summary>The text is not valid YAML.</summary>
    public required DiagnosticDescriptor InvalidYaml { get; init; }

    /// <summary>The YAML is not a mapping of fields.</summary>
    public required DiagnosticDescriptor NotMapping { get; init; }

    /// <summary>A key is not a field of the model.</summary>
    public required DiagnosticDescriptor UnknownKey { get; init; }

    /// <summary>A field's value has the wrong type.</summary>
    public required DiagnosticDescriptor WrongType { get; init; }

    /// <summary>A field lacks a part it needs (an author's name, a licence's URL).</summary>
    public required DiagnosticDescriptor MissingPart { get; init; }

    /// <summary>A field is given twice.</summary>
    public required DiagnosticDescriptor DuplicateField { get; init; }

    /// <summary>A date is not ISO 8601.</summary>
    public required DiagnosticDescriptor DateNotIso { get; init; }

    /// <summary>An <c>embargo</c> or <c>expires</c> value is no instant with an offset (an error: the brief is held).</summary>
    public required DiagnosticDescriptor ScheduleNotInstant { get; init; }

    /// <summary>An <c>embargo</c> or <c>expires</c> value is a date alone, taken as midnight UTC.</summary>
    public required DiagnosticDescriptor ScheduleDateOnly { get; init; }

    /// <summary>The codes of a Markdown seed's front matter.</summary>
    public static YamlFieldCodes FrontMatter { get; } = new()
    {
        InvalidYaml = Descriptors.FrontMatterInvalidYaml,
        NotMapping = Descriptors.FrontMatterNotMapping,
        UnknownKey = Descriptors.FrontMatterUnknownKey,
        WrongType = Descriptors.FrontMatterWrongType,
        MissingPart = Descriptors.FrontMatterMissingPart,
        DuplicateField = Descriptors.FrontMatterDuplicateField,
        DateNotIso = Descriptors.FrontMatterDateNotIso,
        ScheduleNotInstant = Descriptors.FrontMatterScheduleNotInstant,
        ScheduleDateOnly = Descriptors.FrontMatterScheduleDateOnly,
    };

    /// <summary>The codes of a <c>&lt;stem&gt;.yml</c> sidecar.</summary>
    public static YamlFieldCodes Sidecar { get; } = new()
    {
        InvalidYaml = Descriptors.SidecarInvalidYaml,
        NotMapping = Descriptors.SidecarNotMapping,
        UnknownKey = Descriptors.SidecarUnknownKey,
        WrongType = Descriptors.SidecarWrongType,
        MissingPart = Descriptors.SidecarMissingPart,
        DuplicateField = Descriptors.SidecarDuplicateField,
        DateNotIso = Descriptors.SidecarDateNotIso,
        ScheduleNotInstant = Descriptors.SidecarScheduleNotInstant,
        ScheduleDateOnly = Descriptors.SidecarScheduleDateOnly,
    };
}
