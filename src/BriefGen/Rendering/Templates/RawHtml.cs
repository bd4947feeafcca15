namespace BriefGen.Rendering.Templates;

/// <summary>
/// Markup that is already safe for where it lands (rendered Markdown, an include's output, a capture, JSON-LD): the
/// escaping template context writes it as it is, so nothing is escaped twice. Only BriefGen code creates it.
/// </summary>
internal sealed class RawHtml
{
    internal RawHtml(string value) => Value = value;

    /// <summary>The markup.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
