namespace BriefGen.Model;

/// <summary>How a brief's paragraphs are rendered (JSON: <c>"text"</c> or <c>"markdown"</c>).</summary>
public enum BriefFormat
{
    /// <summary>Plain text, HTML-escaped as it is: a <c>*</c> or a leading <c>1.</c> stays literal.</summary>
    Text,

    /// <summary>CommonMark, rendered by Markdig.</summary>
    Markdown,
}
