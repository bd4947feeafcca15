namespace BriefGen.Fuzz;

/// <summary>The entry points the fuzz harness knows, by name.</summary>
public static class FuzzTargets
{
    /// <summary>Every target: the page-dump reader, the front-matter reader and the Markdown body and renderer.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("pagedump", PageDumpTarget.Run),
        new("frontmatter", FrontMatterTarget.Run),
        new("markdown", MarkdownTarget.Run),
    ];

    /// <summary>The target called <paramref name="name"/>, or null when there is none.</summary>
    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
