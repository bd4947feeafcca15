namespace BriefGen.Diagnostics;

public static partial class Descriptors
{
    // BG11xx: reading plain-text page dumps (*.txt). BG1003 (date not understood) and BG1007 (no title) are shared
    // with the other readers and live in Descriptors.Reading.cs.

    /// <summary>BG1101: a date line gives a time but no zone, so the time cannot be placed; only the date is kept.</summary>
    public static readonly DiagnosticDescriptor TimeWithoutZone = new(
        "BG1101", "Time without a time zone", "the date line '{0}' gives a time but no time zone; only the date is kept", DiagnosticSeverity.Warning);

    /// <summary>BG1102: a licence line was found but its licence could not be identified.</summary>
    public static readonly DiagnosticDescriptor LicenseNotUnderstood = new(
        "BG1102", "Licence line not understood", "could not understand the licence line '{0}'", DiagnosticSeverity.Warning);

    /// <summary>BG1103: no bio paragraph or byline follows the kind block, so the brief has no authors.</summary>
    public static readonly DiagnosticDescriptor NoAuthors = new(
        "BG1103", "No authors found", "no authors found: no bio paragraph or 'By' line after the kind block", DiagnosticSeverity.Warning);

    /// <summary>BG1104: the page dump has no date line, so <c>published</c> is empty.</summary>
    public static readonly DiagnosticDescriptor NoDateLine = new(
        "BG1104", "No date line", "no date line found; 'published' is left empty", DiagnosticSeverity.Warning);

    /// <summary>BG1105: a label in the related block has no summary paragraph after it.</summary>
    public static readonly DiagnosticDescriptor RelatedWithoutSummary = new(
        "BG1105", "Related story without summary", "the related story '{0}' has no summary paragraph; it is left out", DiagnosticSeverity.Warning);

    /// <summary>BG1106: a line of the header (before the date line) is neither title, program, image nor summary.</summary>
    public static readonly DiagnosticDescriptor UnusedHeaderLine = new(
        "BG1106", "Header line not understood", "header line not understood and left out: '{0}'", DiagnosticSeverity.Warning);

    /// <summary>BG1107: nothing after the header is body text, so <c>sections</c> is empty.</summary>
    public static readonly DiagnosticDescriptor NoBody = new(
        "BG1107", "No body text", "no body text found; 'sections' is empty", DiagnosticSeverity.Warning);

    /// <summary>BG1108: a field that appears once (disclaimer, licence) appears again; the first one is kept.</summary>
    public static readonly DiagnosticDescriptor RepeatedField = new(
        "BG1108", "Field given twice", "a second {0} is ignored: '{1}'", DiagnosticSeverity.Warning);

    /// <summary>BG1109: a paragraph in the related block has no label line before it.</summary>
    public static readonly DiagnosticDescriptor RelatedWithoutLabel = new(
        "BG1109", "Related summary without label", "a paragraph in the related block has no label line before it and is left out: '{0}'", DiagnosticSeverity.Warning);
}
