using BriefGen.Model;

namespace BriefGen.Reading.PageDump;

/// <summary>The fields of a brief while the rules fill them in; frozen into a <see cref="Brief"/> at the end.</summary>
internal sealed class BriefDraft
{
    private readonly HashSet<string> _seenTopics = new(StringComparer.Ordinal);

    public string Title { get; set; } = string.Empty;

    public string? Kind { get; set; }

    public string? KindDescription { get; set; }

    public string? Program { get; set; }

    public string? Summary { get; set; }

    public string? Published { get; set; }

    public List<Author> Authors { get; } = [];

    public string? Caption { get; set; }

    public string? Credit { get; set; }

    /// <summary><see cref="Caption"/> followed by a space and <see cref="Credit"/>: the second line of the pair.</summary>
    public string? CaptionWithCredit { get; set; }

    public List<string> Topics { get; } = [];

    public List<Section> Sections { get; } = [];

    public string? Disclaimer { get; set; }

    public License? License { get; set; }

    public List<RelatedStory> Related { get; } = [];

    /// <summary>Adds a topic unless already present (first-seen order).</summary>
    public void AddTopic(string topic)
    {
        if (_seenTopics.Add(topic))
        {
            Topics.Add(topic);
        }
    }

    public Brief ToBrief(string slug) => new()
    {
        Title = Title,
        Slug = slug,
        Kind = Kind,
        KindDescription = KindDescription,
        Program = Program,
        Summary = Summary,
        Published = Published,
        Authors = [.. Authors],
        Image = Caption is null ? null : new Image(Caption, Credit, null),
        Topics = [.. Topics],
        Sections = [.. Sections],
        Disclaimer = Disclaimer,
        License = License,
        Related = [.. Related],
        Format = BriefFormat.Text,
    };
}
