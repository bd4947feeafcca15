namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG13xx: sidecar overrides (<stem>.yml beside a seed). Located in the sidecar file.

    /// <summary>BG1301: the sidecar is not valid YAML; none of its overrides is applied.</summary>
    public static readonly DiagnosticDescriptor SidecarInvalidYaml = new(
        "BG1301", "Sidecar is not valid YAML", "the sidecar is not valid YAML, no override applied: {0}", DiagnosticSeverity.Error);

    /// <summary>BG1302: the sidecar is YAML but not a mapping of field names to values.</summary>
    public static readonly DiagnosticDescriptor SidecarNotMapping = new(
        "BG1302", "Sidecar is not a mapping", "the sidecar must be a YAML mapping of field names to values, not {0}", DiagnosticSeverity.Error);

    /// <summary>BG1303: a sidecar key that is no field of the content model (nor an alias); it is ignored.</summary>
    public static readonly DiagnosticDescriptor SidecarUnknownKey = new(
        "BG1303", "Unknown sidecar key", "unknown sidecar key '{0}' is ignored{1}", DiagnosticSeverity.Warning);

    /// <summary>BG1304: a sidecar value has the wrong YAML type; that override is not applied.</summary>
    public static readonly DiagnosticDescriptor SidecarWrongType = new(
        "BG1304", "Sidecar value of the wrong type", "sidecar field '{0}' must be {1}, not {2}; it is ignored", DiagnosticSeverity.Error);

    /// <summary>BG1305: a sidecar entry lacks a part it needs (an author without a name, a licence without a URL…).</summary>
    public static readonly DiagnosticDescriptor SidecarMissingPart = new(
        "BG1305", "Sidecar entry incomplete", "sidecar field '{0}' needs '{1}'; the entry is ignored", DiagnosticSeverity.Error);

    /// <summary>BG1306: one field is set twice in the sidecar (by its name and its alias); the later value is used.</summary>
    public static readonly DiagnosticDescriptor SidecarDuplicateField = new(
        "BG1306", "Sidecar field set twice", "sidecar field '{0}' is set again by '{1}'; the later value is used", DiagnosticSeverity.Warning);

    /// <summary>BG1307: the sidecar date is not one a brief can hold; it is kept as written and the brief is undated.</summary>
    public static readonly DiagnosticDescriptor SidecarDateNotIso = new(
        "BG1307", "Sidecar date not understood", "'{0}' is not a date BriefGen understands (" + DateShapes + "); it is kept as written, but " + Undated, DiagnosticSeverity.Warning);

    /// <summary>BG1308: the sidecar's <c>embargo</c> or <c>expires</c> is no date-time with an offset; the brief is held.</summary>
    public static readonly DiagnosticDescriptor SidecarScheduleNotInstant = new(
        "BG1308", "Sidecar embargo or expiry not understood", ScheduleNotInstant, DiagnosticSeverity.Error);

    /// <summary>BG1309: the sidecar's <c>embargo</c> or <c>expires</c> is a date alone, taken as midnight UTC.</summary>
    public static readonly DiagnosticDescriptor SidecarScheduleDateOnly = new(
        "BG1309", "Sidecar embargo or expiry without a time", ScheduleDateOnly, DiagnosticSeverity.Warning);
}
