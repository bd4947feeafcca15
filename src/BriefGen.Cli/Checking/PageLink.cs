namespace BriefGen.Cli.Checking;

/// <summary>What a URL of a page is for, which decides how a broken one is reported.</summary>
/// <param name="ResourceWord">Null for a link to a page (BG6001); else the word a broken one is reported with (BG6003), e.g. <c>stylesheet</c>.</param>
internal sealed record LinkKind(string? ResourceWord)
{
    /// <summary>A link to a page or file: <c>a</c>, <c>area</c>, and <c>link</c> elements such as <c>canonical</c> or <c>alternate</c>.</summary>
    public static LinkKind Link { get; } = new((string?)null);

    public static LinkKind Stylesheet { get; } = new("stylesheet");

    public static LinkKind Icon { get; } = new("icon");

    public static LinkKind Image { get; } = new("image");

    public static LinkKind Script { get; } = new("script");

    /// <summary>A file a <c>link</c> element asks the browser to load early (<c>preload</c>, <c>manifest</c>…).</summary>
    public static LinkKind Resource { get; } = new("resource");
}

/// <summary>One URL in a page, where it is written (1-based; 0 when the parser gave no position).</summary>
internal sealed record PageLink(LinkKind Kind, string Url, int Line, int Column);
