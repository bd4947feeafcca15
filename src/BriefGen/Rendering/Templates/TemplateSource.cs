namespace BriefGen.Rendering.Templates;

/// <summary>Where one template name resolves for a site.</summary>
/// <param name="Name">The template's name, e.g. <c>_partials/card.sbn-html</c>.</param>
/// <param name="Origin">Which layer of the lookup has it.</param>
/// <param name="Theme">The theme's name (its folder's name) when <paramref name="Origin"/> is <see cref="TemplateOrigin.Theme"/>; else null.</param>
/// <param name="Path">The file as diagnostics name it, e.g. <c>templates/brief.sbn-html</c>, <c>themes/ink/brief.sbn-html</c> or <c>builtin:templates/brief.sbn-html</c>.</param>
public sealed record TemplateSource(string Name, TemplateOrigin Origin, string? Theme, string Path)
{
    /// <summary>The origin in words: <c>site</c>, <c>theme 'ink'</c> or <c>built-in</c>.</summary>
    public string Describe() => Origin switch
    {
        TemplateOrigin.Site => "site",
        TemplateOrigin.Theme => $"theme '{Theme}'",
        _ => "built-in",
    };
}
