using System.Text;
using System.Text.RegularExpressions;

namespace BriefGen.Model;

/// <summary>
/// What full-text search keeps of a brief's body (its headings and paragraphs): the distinct terms
/// (<see cref="SearchTerms"/>) by number, and the opening text a result's snippet is cut from. Taken while the brief is
/// whole, so an index can be made of briefs whose bodies are no longer held.
/// </summary>
/// <param name="Terms">The body's distinct terms, by their number in <paramref name="Vocabulary"/>, in increasing order.</param>
/// <param name="Excerpt">The body's first words as plain text, at most <see cref="ExcerptLength"/> characters.</param>
/// <param name="Vocabulary">What numbers the terms.</param>
internal sealed partial record SearchBody(IncreasingNumbers Terms, string Excerpt, SearchVocabulary Vocabulary)
{
    /// <summary>
    /// The longest excerpt: enough for a snippet around a word of the opening paragraph, short enough that the ten
    /// results a query shows first stay a few kilobytes each.
    /// </summary>
    public const int ExcerptLength = 360;

    /// <summary>
    /// A thread's set of the body's terms while they are taken, emptied and used again: a set grown anew for each of
    /// ten thousand bodies was 123 of the 1,019 MiB that reading their seeds allocated.
    /// </summary>
    [ThreadStatic]
    private static SearchTermSet? t_terms;

    /// <summary>The search form of <paramref name="brief"/>'s body, its terms numbered by <paramref name="vocabulary"/>.</summary>
    public static SearchBody Of(Brief brief, SearchVocabulary vocabulary)
    {
        var terms = t_terms ??= new();
        var excerpt = new StringBuilder(ExcerptLength + 80);
        foreach (var section in brief.Sections)
        {
            SearchTerms.AddTo(vocabulary, terms, section.Heading);
            foreach (var paragraph in section.Paragraphs)
            {
                // Markup characters split no word apart, so terms come from the source as it is; a link's target
                // adds the words of its URL, which are not worth a second pass over every paragraph.
                SearchTerms.AddTo(vocabulary, terms, paragraph);
                if (excerpt.Length < ExcerptLength)
                {
                    excerpt.Append(excerpt.Length == 0 ? "" : " ").Append(brief.Format == BriefFormat.Markdown ? PlainText(paragraph) : paragraph);
                }
            }
        }

        return new SearchBody(terms.TakeIncreasing(), Cut(TextNormalizer.Normalize(excerpt.ToString())), vocabulary);
    }

    /// <summary>A body of the terms <paramref name="texts"/> (distinct), numbered by <paramref name="vocabulary"/>.</summary>
    public static SearchBody Of(IReadOnlyList<string> texts, string excerpt, SearchVocabulary vocabulary)
    {
        var terms = t_terms ??= new();
        foreach (var text in texts)
        {
            terms.Add(vocabulary.Number(text));
        }

        return new SearchBody(terms.TakeIncreasing(), excerpt, vocabulary);
    }

    /// <summary>The body's terms as text, in no particular order.</summary>
    public IEnumerable<string> Texts
    {
        get
        {
            foreach (var term in Terms)
            {
                yield return Vocabulary.Text(term);
            }
        }
    }

    /// <summary>This body with its terms numbered by <paramref name="vocabulary"/>: itself when they already are.</summary>
    public SearchBody In(SearchVocabulary vocabulary)
        => ReferenceEquals(vocabulary, Vocabulary) ? this : Of([.. Texts], Excerpt, vocabulary);

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
