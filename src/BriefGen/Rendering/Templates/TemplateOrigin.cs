namespace BriefGen.Rendering.Templates;

/// <summary>Where a template was found: the lookup tries the site's templates, then its themes, then the built-in defaults.</summary>
public enum TemplateOrigin
{
    /// <summary>The site's own template folder (<c>templates/</c>, <c>templates:</c> or <c>--templates</c>).</summary>
    Site,

    /// <summary>A theme folder (<c>theme:</c> in <c>briefgen.yml</c>, or a <c>BriefGenTheme</c> item under MSBuild).</summary>
    Theme,

    /// <summary>The defaults embedded in the library.</summary>
    BuiltIn,
}
