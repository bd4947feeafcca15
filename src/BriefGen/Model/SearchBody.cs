using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefGen.Model;

/// <summary>
/// What full-text search keeps of a brief's body (its headings and paragraphs): the distinct terms
/// (<see cref="SearchTerms"/>) by number, and the opening text a result's snippet is cut from. Taken while the brief is
/// whole, so an index can be made of briefs whose bodies are no longer held.
/// </summary>
/// <param name="Terms">The body's distinct terms, by their number in <see cref="SearchVocabulary"/>, in increasing order.</param>
/// <param name="Excerpt">The body's first words as plain text, at most <see cref="ExcerptLength"/> characters.</param>
internal sealed partial record SearchBody(ImmutableArray<int> Terms, string Excerpt)
{
    /// <summary>
    /// The longest excerpt: enough for a snippet around a word of the opening paragraph, short enough that the ten
    /// results a query shows first stay a few kilobytes each.
    /// </summary>
    public const int ExcerptLength = 360;

    /// <summary>The search form of <paramref name="brief"/>'s body.</summary>
    public static SearchBody Of(Brief brief)
    {
        var terms = new HashSet<int>();
        var excerpt = new StringBuilder(ExcerptLength + 80);
        foreach (var section in brief.Sections)
        {
            SearchTerms.AddTo(terms, section.Heading);
            foreach (var paragraph in section.Paragraphs)
            {
                // Markup characters split no word apart, so terms come from the source as it is; a link's target
                // adds the words of its URL, which are not worth a second pass over every paragraph.
                SearchTerms.AddTo(terms, paragraph);
                if (excerpt.Length < ExcerptLength)
                {
                    excerpt.Append(excerpt.Length == 0 ? "" : " ").Append(brief.Format == BriefFormat.Markdown ? PlainText(paragraph) : paragraph);
                }
            }
        }

        var numbers = terms.ToArray();
        Array.Sort(numbers);
        return new SearchBody(ImmutableCollectionsMarshal.AsImmutableArray(numbers), Cut(TextNormalizer.Normalize(excerpt.ToString())));
    }

    /// <summary>Markdown source as the reader sees it: link targets, HTML tags and markup characters left out.</summary>
    private static string PlainText(string markdown) => MarkupCharacters().Replace(LinkTargets().Replace(markdown, "]"), " ");

    /// <summary>The excerpt ends at the last word that fits.</summary>
    private static string Cut(string text)
    {
        if (text.Length <= ExcerptLength)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', ExcerptLength);
        return (end > 0 ? text[..end] : text[..ExcerptLength]) + "…";
    }

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTargets();

    [GeneratedRegex(@"<[^>]*>|[*_`#>\[\]|~]+")]
    private static partial Regex MarkupCharacters();
}
