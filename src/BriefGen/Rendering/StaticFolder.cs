namespace BriefGen.Rendering;

/// <summary>A static folder being copied: its root (full path), how diagnostics name it, and whether it gives way silently.</summary>
/// <param name="Root">The folder.</param>
/// <param name="Display">The prefix of its files in diagnostics, e.g. <c>static/</c>.</param>
/// <param name="ThemeYields">A theme's folder: a path a page or the site's own file took already is skipped, not reported.</param>
internal sealed record StaticFolder(string Root, string Display, bool ThemeYields);
