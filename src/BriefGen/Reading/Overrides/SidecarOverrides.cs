using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading.FrontMatter;

namespace BriefGen.Reading.Overrides;

/// <summary>
/// Applies a sidecar (<c>&lt;stem&gt;.yml</c> beside a seed) to the brief its seed gave: each key present replaces
/// that whole field, with the front matter's names and aliases. Problems are located in the sidecar. Pure.
/// </summary>
internal static class SidecarOverrides
{
    /// <summary>The brief with the sidecar's fields laid over it; the brief unchanged when the sidecar is unusable.</summary>
    public static Brief Apply(Brief brief, SourceText sidecar, DiagnosticBag diagnostics)
    {
        var text = LineEnds.ToLf(sidecar.Text.TrimStart('\uFEFF'));
        if (SeedDecoder.IsBlank(text))
        {
            return brief; // an empty sidecar overrides nothing
        }

        var context = new YamlContext(sidecar.Path, lineOffset: 0, YamlFieldCodes.Sidecar, diagnostics);
        if (!YamlMappingLoader.TryLoad(text, context, out var mapping))
        {
            return brief;
        }

        var patch = BriefFields.Parse(mapping, context);
        var result = BriefFields.Apply(brief, patch);

        var titleGiven = false;
        if (patch.Title is { } title)
        {
            if (title.Value is { Length: > 0 } newTitle)
            {
                result = result with { Title = newTitle };
                titleGiven = true;
            }
            else
            {
                // A brief always has a title: an empty override is refused rather than applied.
                diagnostics.Report(Descriptors.SidecarWrongType, sidecar.Path, title.Line, 1, "title", "a non-empty text", "empty");
            }
        }

        if (patch.Slug is { } slug)
        {
            result = result with { Slug = SeedSlug.Choose(slug.Value, result.Title, sidecar.Path, slug.Line, diagnostics) };
        }
        else if (titleGiven && brief.Slug == Model.Slug.From(brief.Title))
        {
            // The seed's slug came from its title, so it follows the corrected title; an explicit slug stays.
            result = result with { Slug = SeedSlug.Choose(null, result.Title, sidecar.Path, patch.Title!.Value.Line, diagnostics) };
        }

        return result;
    }
}
