using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Rendering.Templates;

namespace BriefGen;

/// <summary>Where every template name of a site resolves (<see cref="SiteTemplates.List"/>).</summary>
/// <param name="Folder">The site's own template folder (full path), searched first; it may not exist yet.</param>
/// <param name="Templates">Each name the lookup knows, in name order, with its origin.</param>
/// <param name="Errors">What stops the lookup from being the build's (a theme folder that does not exist…); empty when none.</param>
public sealed record TemplateListing(string Folder, ImmutableArray<TemplateSource> Templates, ImmutableArray<Diagnostic> Errors);
