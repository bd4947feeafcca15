using BriefGen.Rendering.Language;
using BriefGen.Rendering.Templates;

namespace BriefGen.Rendering;

/// <summary>What a render reads besides the assembled site, and how wide it may run.</summary>
/// <param name="Templates">The templates: the user's folder first, then the themes, then the built-in defaults.</param>
/// <param name="StaticDir">The site's static folder (may be missing).</param>
/// <param name="MaxParallelism">How many pages render at once.</param>
/// <param name="Strings">The words of the site's language (<see cref="StringsTables.Load"/>).</param>
internal sealed record RenderInputs(TemplateLoader Templates, string? StaticDir, int MaxParallelism, SiteStrings Strings);
