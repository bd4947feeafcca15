using BriefGen.Diagnostics;
using BriefGen.Model;

namespace BriefGen.Reading;

/// <summary>How a reader picks a brief's slug: from a given slug or the title, else from the file stem (with BG2002).</summary>
internal static class SeedSlug
{
    /// <summary>
    /// The slug for a brief: <paramref name="given"/> (front matter or sidecar) slugified if present, else the
    /// title's; when that folds to nothing, the file stem's, with a warning at <paramref name="line"/>.
    /// </summary>
    public static string Choose(string? given, string title, string path, int line, DiagnosticBag diagnostics)
    {
        var slug = Slug.From(string.IsNullOrWhiteSpace(given) ? title : given);
        if (slug.Length > 0)
        {
            return slug;
        }

        var fromStem = Slug.From(StemOf(path));
        if (fromStem.Length == 0)
        {
            fromStem = "brief";
        }

        diagnostics.Report(Descriptors.EmptySlug, path, line, 1, given ?? title, fromStem);
        return fromStem;
    }

    /// <summary>The file name without its last extension (<c>x</c> for <c>a/x.txt</c>).</summary>
    public static string StemOf(string path) => Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
}
