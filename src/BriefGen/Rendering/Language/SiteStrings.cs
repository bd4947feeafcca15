using System.Globalization;
using System.Text;
using BriefGen.Hashing;
using BriefGen.Model;

namespace BriefGen.Rendering.Language;

/// <summary>
/// The words of the default templates in the site's language, every key filled (what a table leaves out reads as in
/// English), and what follows from them: placeholders filled, the plural form for a count, human dates, the
/// separators of a list in prose. Read-only, so one serves every page and thread.
/// </summary>
internal sealed class SiteStrings
{
    private readonly IReadOnlyDictionary<string, Phrase> _phrases;

    /// <summary>The table of <paramref name="language"/>: <paramref name="phrases"/> must hold every key of the English table.</summary>
    public SiteStrings(LanguageTag language, IReadOnlyDictionary<string, Phrase> phrases)
        => (Language, _phrases) = (language, phrases);

    /// <summary>The site's language.</summary>
    public LanguageTag Language { get; }

    /// <summary>Every key, in ordinal order.</summary>
    public IEnumerable<string> Keys => _phrases.Keys.Order(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> is in the table.</summary>
    public bool Has(string key) => _phrases.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/> (its <c>other</c> form); a key the table lacks reads as itself.</summary>
    public string Text(string key) => Format(key, null);

    /// <summary>
    /// The text of <paramref name="key"/> with each <c>{name}</c> replaced by <paramref name="values"/>' value of
    /// that name (a placeholder without one stays as it is); a phrase with plural forms takes the form for the
    /// value <c>count</c>. A key the table lacks reads as itself.
    /// </summary>
    public string Format(string key, IReadOnlyDictionary<string, object?>? values)
    {
        if (!_phrases.TryGetValue(key, out var phrase))
        {
            return key;
        }

        var count = values?.GetValueOrDefault("count") is { } n && long.TryParse(Invariant(n), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c) ? c : (long?)null;
        var text = phrase.For(count is { } counted ? Language.PluralCategory(counted) : "other");
        return values is null || values.Count == 0 ? text : Fill(text, values);
    }

    /// <summary>A brief's date as people read it in this language, in the time zone it was written in: <c>October 25, 2024</c>, <c>25 octobre 2024</c>.</summary>
    public string Date(BriefDate date)
    {
        var day = date.Instant;
        return Format("date_format", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["day"] = day.Day, ["month"] = Text("month_" + Invariant(day.Month)), ["year"] = day.Year.ToString("D4", CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The separator before item <paramref name="index"/> (0-based) of <paramref name="count"/> in prose: in English "", ", ", " and ", ", and ".</summary>
    public string ListSeparator(int index, int count) => index switch
    {
        0 => "",
        _ when index < count - 1 => Text("list_comma"),
        _ when count == 2 => Text("list_and"),
        _ => Text("list_and_last"),
    };

    /// <summary>Adds the language and every phrase: what a page made with these words depends on.</summary>
    public InputHasher AddTo(InputHasher hasher)
    {
        hasher.Add(Language.Name).Add(_phrases.Count);
        foreach (var key in Keys)
        {
            hasher.Add(key);
            foreach (var (category, text) in _phrases[key].Forms)
            {
                hasher.Add(category).Add(text);
            }
        }

        return hasher;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, object?> values)
    {
        var filled = new StringBuilder(text.Length + 32);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            filled.Append(text, at, open - at);
            var name = text[(open + 1)..close];
            filled.Append(values.TryGetValue(name, out var value) ? Invariant(value) : text[open..(close + 1)]);
            at = close + 1;
        }

        return filled.Append(text, at, text.Length - at).ToString();
    }

    private static string Invariant(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
