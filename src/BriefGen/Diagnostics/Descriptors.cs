namespace BriefGen.Diagnostics;

/// <summary>
/// The catalog of every BriefGen diagnostic code. One static descriptor per code; the code ranges follow the
/// pipeline: BG1xxx reading, BG2xxx site assembly, BG3xxx templates, BG4xxx output, BG5xxx configuration /
/// CLI / MSBuild, BG6xxx checking a written site and its reports, BG9xxx internal. The catalog is split into partial files by stage
/// (<c>Descriptors.Reading.cs</c>, …); the table in <c>docs/diagnostics.md</c> lists them all.
/// </summary>
public static partial class Descriptors
{
    /// <summary>BG9001: an unexpected exception (a bug in BriefGen), reported against the file being processed.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "BG9001", "Internal error", "internal error while processing this file: {0}", DiagnosticSeverity.Error);

    // Lazy: static field initialisers of a partial class run in file order, which the build does not fix, so an
    // eager list here could see the fields of a later file still null.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> LazyAll = new(() => typeof(Descriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray());

    /// <summary>Every descriptor of the catalog, found once by reflection over this class's static fields.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => LazyAll.Value;
}
