using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Rendering;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;

namespace BriefGen.Rendering;

/// <summary>
/// Copies the site's <c>static/</c> folder as it is to the output root, then each theme's <c>static/</c> folder where
/// no page or file took the path already, then the assets (<c>_assets/</c> as the template lookup finds them: user's,
/// themes', built-in) to <c>assets/</c> likewise. Symbolic links are followed only when they stay inside the static folder.
/// </summary>
internal static class StaticFiles
{
    private const int MaxDepth = 32;
    private const string SearchAssets = "_assets/search.";

    public static void Copy(string? staticDir, ISiteWriter writer, DiagnosticBag diagnostics)
    {
        if (staticDir is null || !Directory.Exists(staticDir))
        {
            return;
        }

        var root = Path.GetFullPath(staticDir);
        CopyFolder(new StaticFolder(root, "static/", ThemeYields: false), root, writer, diagnostics, 0);
    }

    public static void CopyThemes(TemplateLoader loader, ISiteWriter writer, DiagnosticBag diagnostics)
    {
        foreach (var theme in loader.Themes)
        {
            var root = ThemeFolder(theme);
            if (Directory.Exists(root))
            {
                CopyFolder(new StaticFolder(root, theme.Display + "/static/", ThemeYields: true), root, writer, diagnostics, 0);
            }
        }
    }

    /// <summary>The static folders whose files reach the output root, first one first: the site's, then each theme's.</summary>
    public static IEnumerable<string> Folders(string? staticDir, TemplateLoader loader)
        => (staticDir is null ? [] : new[] { staticDir }).Concat(loader.Themes.Select(ThemeFolder));

    private static string ThemeFolder(TemplateRoot theme) => Path.Combine(theme.Folder, "static");

    /// <summary>Copies the assets; without <paramref name="search"/>, those of the search page (<c>_assets/search.*</c>) are left out.</summary>
    public static void CopyAssets(TemplateLoader loader, ISiteWriter writer, bool search)
    {
        foreach (var name in loader.List("_assets").Where(n => search || !n.StartsWith(SearchAssets, StringComparison.Ordinal)))
        {
            var path = OutputPath.Create("assets/" + name["_assets/".Length..]);
            writer.TryWrite(path, loader.ReadBytes(loader.Resolve(name)!)); // false: a static file of the same path wins
        }
    }

    private static void CopyFolder(StaticFolder folder, string dir, ISiteWriter writer, DiagnosticBag diagnostics, int depth)
    {
        var root = folder.Root;
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
            FileSystemInfo info = Directory.Exists(entry) ? new DirectoryInfo(entry) : new FileInfo(entry);
            var real = entry;
            if (info.LinkTarget is not null)
            {
                real = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry;
                if (!real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    diagnostics.Report(Descriptors.StaticSymlinkOutside, folder.Display + relative, 0, 0);
                    continue;
                }
            }

            if (Directory.Exists(real))
            {
                if (depth < MaxDepth)
                {
                    CopyFolder(folder, entry, writer, diagnostics, depth + 1);
                }
            }
            else if (!OutputPath.TryCreate(relative, out var path))
            {
                diagnostics.Report(Descriptors.UnsafeOutputPath, folder.Display + relative, 0, 0, relative);
            }
            else if (!writer.TryCopy(path, real) && !folder.ThemeYields)
            {
                diagnostics.Report(Descriptors.OutputCollision, folder.Display + relative, 0, 0, relative, "a generated page and a static file");
            }
        }
    }
}
