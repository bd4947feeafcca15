using System.Collections.Immutable;
using BriefGen.Diagnostics;
using BriefGen.Rendering.Templates;

namespace BriefGen;

/// <summary>Where every template name of a site resolves (<see cref="SiteTemplates.List"/>).</summary>
/// <param name="Templates">Each name the lookup knows, in name order, with its origin.</param>
/// <param name="Errors">What stops the lookup from being the build's (a theme folder that does not exist…); empty when none.</param>
public sealed record TemplateListing(ImmutableArray<TemplateSource> Templates, ImmutableArray<Diagnostic> Errors);
