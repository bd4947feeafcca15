namespace BriefGen.Model;

/// <summary>
/// A brief as lists, indexes, feeds of other pages and <c>briefs.json</c> show it: every field of <see cref="Brief"/>
/// but the body (<see cref="Brief.Sections"/>), <see cref="Brief.Related"/> and <see cref="Brief.Disclaimer"/>. A build
/// holds thousands of these; code that needs the body asks for the whole brief, so it can never get an empty body by
/// accident.
/// </summary>
internal sealed record SlimBrief
{
    /// <inheritdoc cref="Brief.Title"/>
    public required string Title { get; init; }

    /// <inheritdoc cref="Brief.Slug"/>
    public required string Slug { get; init; }

    /// <inheritdoc cref="Brief.Kind"/>
    public string? Kind { get; init; }

    /// <inheritdoc cref="Brief.KindDescription"/>
    public string? KindDescription { get; init; }

    /// <inheritdoc cref="Brief.Program"/>
    public string? Program { get; init; }

    /// <inheritdoc cref="Brief.Summary"/>
    public string? Summary { get; init; }

    /// <inheritdoc cref="Brief.Published"/>
    public string? Published { get; init; }

    /// <inheritdoc cref="Brief.Authors"/>
    public IReadOnlyList<Author> Authors { get; init; } = [];

    /// <inheritdoc cref="Brief.Image"/>
    public Image? Image { get; init; }

    /// <inheritdoc cref="Brief.Topics"/>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <inheritdoc cref="Brief.License"/>
    public License? License { get; init; }

    /// <inheritdoc cref="Brief.Format"/>
    public BriefFormat Format { get; init; } = BriefFormat.Text;

    /// <inheritdoc cref="Brief.Draft"/>
    public bool Draft { get; init; }

    /// <inheritdoc cref="Brief.Embargo"/>
    public string? Embargo { get; init; }

    /// <inheritdoc cref="Brief.Expires"/>
    public string? Expires { get; init; }

    /// <summary>The slim form of <paramref name="brief"/>.</summary>
    public static SlimBrief Of(Brief brief) => new()
    {
        Title = brief.Title, Slug = brief.Slug, Kind = brief.Kind, KindDescription = brief.KindDescription, Program = brief.Program,
        Summary = brief.Summary, Published = brief.Published, Authors = brief.Authors, Image = brief.Image, Topics = brief.Topics,
        License = brief.License, Format = brief.Format, Draft = brief.Draft, Embargo = brief.Embargo, Expires = brief.Expires,
    };
}
