namespace BriefGen.Reading.PageDump;

/// <summary>One line of a page dump: where it is and its normalised text (empty for a blank line).</summary>
/// <param name="Number">1-based line number, counted as <see cref="Diagnostics.SourceText"/> counts them.</param>
/// <param name="Column">1-based column of the first non-white character (1 for a blank line).</param>
/// <param name="Text">The line after <see cref="Model.TextNormalizer.Normalize(string)"/>.</param>
internal readonly record struct PageLine(int Number, int Column, string Text)
{
    /// <summary>True when the line holds only white space (NBSP and tabs included).</summary>
    public bool IsBlank => Text.Length == 0;
}
