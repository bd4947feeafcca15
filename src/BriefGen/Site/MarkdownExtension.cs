namespace BriefGen.Site;

/// <summary>
/// A GitHub-flavoured addition to CommonMark that brief bodies may use (<c>markdown.extensions</c> in
/// <c>briefgen.yml</c>). None of them rewrites the author's words: smart quotes, typographic dashes and emoji
/// shortcodes are not offered, since many texts are licensed without derivatives.
/// </summary>
internal enum MarkdownExtension
{
    /// <summary>Pipe tables (<c>| a | b |</c> over <c>|---|---|</c>), each in its own scroll box.</summary>
    Tables,

    /// <summary>Footnotes (<c>[^1]</c>, defined by <c>[^1]: text</c>), gathered once after the body.</summary>
    Footnotes,

    /// <summary>Strikethrough (<c>~~words~~</c>).</summary>
    Strikethrough,

    /// <summary>Task list items (<c>- [x] done</c>).</summary>
    TaskLists,

    /// <summary>Bare URLs (<c>https://…</c>, <c>www.…</c>, <c>mailto:…</c>) as links.</summary>
    Autolinks,
}
