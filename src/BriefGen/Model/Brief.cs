namespace BriefGen.Model;

/// <summary>
/// One policy brief: the content model every seed maps to (see <c>docs/content-model.md</c>).
/// Lists are never null (absent means empty); <see cref="Image"/> and <see cref="License"/> are null when absent.
/// Every string is normalised (<see cref="TextNormalizer"/>) except Markdown blocks, which keep their exact source.
/// </summary>
public sealed record Brief
{
    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The URL-safe name (<see cref="Slug"/> rules); unique in a site.</summary>
    public required string Slug { get; init; }

    /// <summary>Content type label, e.g. <c>Expert Brief</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The one-line blurb under the kind label.</summary>
    public string? KindDescription { get; init; }

    /// <summary>The program, e.g. <c>Europe Program</c> (without a leading <c>from </c>).</summary>
    public string? Program { get; init; }

    /// <summary>The dek (standfirst).</summary>
    public string? Summary { get; init; }

    /// <summary>
    /// When the brief was published, as ISO 8601 text: <c>2024-10-25T11:27:00-05:00</c> or a date alone,
    /// <c>2025-04-09</c>. Kept as text so the offset written in the seed is never changed.
    /// </summary>
    public string? Published { get; init; }

    /// <summary>The authors in byline order.</summary>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <summary>The lead image's caption, credit and URL; null when there is none.</summary>
    public Image? Image { get; init; }

    /// <summary>Topic names in first-seen order, without duplicates.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The body: sections, each an optional heading and its paragraphs.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>The publisher's disclaimer paragraph.</summary>
    public string? Disclaimer { get; init; }

    /// <summary>The licence the brief is published under; null when none is stated.</summary>
    public License? License { get; init; }

    /// <summary>Related stories (label and summary pairs).</summary>
    public IReadOnlyList<RelatedStory> Related { get; init; } = [];

    /// <summary>How paragraphs are rendered: as escaped text or as Markdown.</summary>
    public BriefFormat Format { get; init; } = BriefFormat.Text;

    /// <summary>True while the brief is a draft: it is left out of every output unless drafts are included.</summary>
    public bool Draft { get; init; }

    /// <summary>
    /// The instant before which the brief is left out of every output, as ISO 8601 text with an offset
    /// (<c>2025-06-01T09:00:00-04:00</c>; a date alone is midnight UTC); null when there is no embargo. Kept as written,
    /// like <see cref="Published"/>; a value that is no such instant holds the brief (see <c>ScheduleDate</c>).
    /// </summary>
    public string? Embargo { get; init; }

    /// <summary>The instant from which the brief is left out of every output, as <see cref="Embargo"/> is written; null when it never expires.</summary>
    public string? Expires { get; init; }
}
