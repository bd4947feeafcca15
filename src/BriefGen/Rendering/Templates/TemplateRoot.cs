namespace BriefGen.Rendering.Templates;

/// <summary>One folder the <see cref="TemplateLoader"/> searches, laid out like <c>templates/</c>.</summary>
/// <param name="Folder">The folder (full path).</param>
/// <param name="Display">How the folder is named in diagnostics, e.g. <c>templates</c> or <c>themes/ink</c>.</param>
/// <param name="Origin"><see cref="TemplateOrigin.Site"/> or <see cref="TemplateOrigin.Theme"/>.</param>
internal sealed record TemplateRoot(string Folder, string Display, TemplateOrigin Origin)
{
    /// <summary>The theme's name (its folder's name); null for the site's folder.</summary>
    public string? Theme => Origin == TemplateOrigin.Theme ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Folder)) : null;

    /// <summary>The folder in words, for a refused include: "the templates folder" or "the theme folder 'ink'".</summary>
    public string Describe() => Origin == TemplateOrigin.Theme ? $"the theme folder '{Theme}'" : "the templates folder";
}
