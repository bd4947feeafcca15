using BriefGen.Model;

namespace BriefGen.Reading.PageDump;

/// <summary>
/// Splits a bio paragraph into authors: every sentence of the form <c>&lt;Name&gt; is|was|serves as …</c> starts an
/// author, whose bio runs from there up to the next such sentence (so further sentences about the same person stay
/// in their bio). A paragraph is a bio paragraph only when its first sentence starts an author.
/// </summary>
internal static class BioSplitter
{
    /// <summary>True when the paragraph opens with an author sentence.</summary>
    public static bool IsBioParagraph(string text) => PersonName.StartsBio(text, 0, out _);

    /// <summary>The authors of a bio paragraph (empty when it is not one).</summary>
    public static List<Author> Split(string text)
    {
        var authors = new List<Author>();
        if (!PersonName.StartsBio(text, 0, out var nameEnd))
        {
            return authors;
        }

        var start = 0;
        var name = text[..nameEnd];
        for (var next = SentenceBreaks.NextStart(text, nameEnd); next >= 0; next = SentenceBreaks.NextStart(text, next))
        {
            if (PersonName.StartsBio(text, next, out var end))
            {
                authors.Add(new Author(name, TextNormalizer.Normalize(text.AsSpan(start, next - start))));
                start = next;
                name = text[next..end];
            }
        }

        authors.Add(new Author(name, TextNormalizer.Normalize(text.AsSpan(start))));
        return authors;
    }
}
