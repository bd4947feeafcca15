namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG12xx: Markdown seeds (YAML front matter and the CommonMark body).

    /// <summary>BG1201: the front matter is not valid YAML; the seed is not used.</summary>
    public static readonly DiagnosticDescriptor FrontMatterInvalidYaml = new(
        "BG1201", "Front matter is not valid YAML", "the front matter is not valid YAML: {0}", DiagnosticSeverity.Error);

    /// <summary>BG1202: the front matter opened by the first line's <c>---</c> is never closed.</summary>
    public static readonly DiagnosticDescriptor FrontMatterUnterminated = new(
        "BG1202", "Front matter not closed", "the front matter opened by '---' on line 1 has no closing '---' line", DiagnosticSeverity.Error);

    /// <summary>BG1203: the front matter is YAML but not a mapping of field names to values.</summary>
    public static readonly DiagnosticDescriptor FrontMatterNotMapping = new(
        "BG1203", "Front matter is not a mapping", "the front matter must be a YAML mapping of field names to values, not {0}", DiagnosticSeverity.Error);

    /// <summary>BG1204: a front-matter key that is no field of the content model (nor an alias); it is ignored.</summary>
    public static readonly DiagnosticDescriptor FrontMatterUnknownKey = new(
        "BG1204", "Unknown front-matter key", "unknown front-matter key '{0}' is ignored{1}", DiagnosticSeverity.Warning);

    /// <summary>BG1205: a front-matter value has the wrong YAML type (e.g. a list for <c>title</c>); the field is left empty.</summary>
    public static readonly DiagnosticDescriptor FrontMatterWrongType = new(
        "BG1205", "Front-matter value of the wrong type", "front-matter field '{0}' must be {1}, not {2}; it is ignored", DiagnosticSeverity.Error);

    /// <summary>BG1206: a front-matter entry lacks a part it needs (an author without a name, a licence without a URL…).</summary>
    public static readonly DiagnosticDescriptor FrontMatterMissingPart = new(
        "BG1206", "Front-matter entry incomplete", "front-matter field '{0}' needs '{1}'; the entry is ignored", DiagnosticSeverity.Error);

    /// <summary>BG1207: one field is set twice in the front matter (by its name and its alias); the later value is used.</summary>
    public static readonly DiagnosticDescriptor FrontMatterDuplicateField = new(
        "BG1207", "Front-matter field set twice", "front-matter field '{0}' is set again by '{1}'; the later value is used", DiagnosticSeverity.Warning);

    /// <summary>BG1208: the front-matter date is not one a brief can hold; it is kept as written and the brief is undated.</summary>
    public static readonly DiagnosticDescriptor FrontMatterDateNotIso = new(
        "BG1208", "Front-matter date not understood", "'{0}' is not a date BriefGen understands (" + DateShapes + "); it is kept as written, but " + Undated, DiagnosticSeverity.Warning);

    /// <summary>BG1209: the front matter gives <c>sections</c> and the body has blocks too; the front matter's are used.</summary>
    public static readonly DiagnosticDescriptor FrontMatterSectionsAndBody = new(
        "BG1209", "Sections given twice", "the front matter gives 'sections', so the Markdown body is ignored", DiagnosticSeverity.Warning);

    /// <summary>BG1210: a <c>## </c> heading with no text; its section gets a null heading.</summary>
    public static readonly DiagnosticDescriptor EmptySectionHeading = new(
        "BG1210", "Empty section heading", "the '##' heading has no text; its section has no heading", DiagnosticSeverity.Warning);

    /// <summary>BG1211: the Markdown seed has front matter but no body blocks (and no <c>sections</c> field).</summary>
    public static readonly DiagnosticDescriptor EmptyMarkdownBody = new(
        "BG1211", "No body", "the Markdown seed has no body after its front matter", DiagnosticSeverity.Warning);

    /// <summary>BG1212: Markdig refused the body (blocks nested absurdly deep); the brief has no sections.</summary>
    public static readonly DiagnosticDescriptor MarkdownBodyUnparsable = new(
        "BG1212", "Markdown body not parsable", "the Markdown body nests block quotes or lists more than {0} deep and cannot be read", DiagnosticSeverity.Error);

    /// <summary>BG1213: the front matter's <c>embargo</c> or <c>expires</c> is no date-time with an offset; the brief is held.</summary>
    public static readonly DiagnosticDescriptor FrontMatterScheduleNotInstant = new(
        "BG1213", "Embargo or expiry not understood", ScheduleNotInstant, DiagnosticSeverity.Error);

    /// <summary>BG1214: the front matter's <c>embargo</c> or <c>expires</c> is a date alone, taken as midnight UTC.</summary>
    public static readonly DiagnosticDescriptor FrontMatterScheduleDateOnly = new(
        "BG1214", "Embargo or expiry without a time", ScheduleDateOnly, DiagnosticSeverity.Warning);
}
