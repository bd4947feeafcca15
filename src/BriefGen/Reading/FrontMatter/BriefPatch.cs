using BriefGen.Model;

namespace BriefGen.Reading.FrontMatter;

/// <summary>
/// The fields a YAML mapping (front matter or sidecar) gives. A null property means "not given": the field is
/// left as it is; a present one replaces the whole field (lists are replaced, not merged). Strings are already
/// normalised, except section paragraphs (see <see cref="PatchSection"/>).
/// </summary>
internal sealed class BriefPatch
{
    public PatchField<string?>? Title { get; set; }

    public PatchField<string?>? Slug { get; set; }

    public PatchField<string?>? Kind { get; set; }

    public PatchField<string?>? KindDescription { get; set; }

    public PatchField<string?>? Program { get; set; }

    public PatchField<string?>? Summary { get; set; }

    public PatchField<string?>? Published { get; set; }

    public PatchField<IReadOnlyList<Author>>? Authors { get; set; }

    public PatchField<Image?>? Image { get; set; }

    public PatchField<IReadOnlyList<string>>? Topics { get; set; }

    public PatchField<IReadOnlyList<PatchSection>>? Sections { get; set; }

    public PatchField<string?>? Disclaimer { get; set; }

    public PatchField<License?>? License { get; set; }

    public PatchField<IReadOnlyList<RelatedStory>>? Related { get; set; }

    public PatchField<bool>? Draft { get; set; }

    public PatchField<string?>? Embargo { get; set; }

    public PatchField<string?>? Expires { get; set; }
}
