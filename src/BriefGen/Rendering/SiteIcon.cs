using BriefGen.FileSystem;

namespace BriefGen.Rendering;

/// <summary>
/// The icon every page links to (<c>site.favicon</c>), so no browser asks for a <c>/favicon.ico</c> that is not there:
/// the <c>favicon</c> setting when there is one; else the site's own <c>favicon.svg</c>, or its <c>favicon.ico</c> when
/// it has no SVG one, at the root of its <c>static/</c> folder or a theme's; else BriefGen's built-in icon, written as
/// <c>favicon.svg</c>. A file of the site at that path always wins over the built-in one.
/// </summary>
/// <param name="Path">The icon's path from the site's root.</param>
internal sealed record SiteIcon(string Path)
{
    /// <summary>The path of the built-in icon, and of the site's own SVG icon.</summary>
    public const string SvgPath = "favicon.svg";

    private const string IcoPath = "favicon.ico";

    /// <summary>The icon of a site with the <c>favicon</c> setting <paramref name="configured"/> and these static folders (the site's, then its themes').</summary>
    public static SiteIcon Choose(string? configured, IEnumerable<string> staticFolders)
    {
        if (configured is not null)
        {
            return new(configured);
        }

        var folders = staticFolders.ToList();
        return new(!Has(folders, SvgPath) && Has(folders, IcoPath) ? IcoPath : SvgPath);
    }

    /// <summary>Writes the built-in icon when the pages link to <see cref="SvgPath"/> and no file of the site took that path already.</summary>
    public void WriteBuiltIn(ISiteWriter writer)
    {
        if (Path == SvgPath)
        {
            writer.TryWrite(OutputPath.Create(SvgPath), EmbeddedFile.Read("static/favicon.svg")); // false: the site's own favicon.svg wins
        }
    }

    private static bool Has(IEnumerable<string> folders, string file) => folders.Any(f => File.Exists(System.IO.Path.Combine(f, file)));
}
