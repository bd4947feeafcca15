namespace BriefGen.Rendering.Language;

/// <summary>
/// A site's language tag (<c>fr</c>, <c>pt-BR</c>, <c>zh-Hant-TW</c>): the strings tables it is looked up in, its
/// writing direction and its plural rule. Tags are compared in their canonical case (language lower case, script
/// title case, region upper case), so <c>pt-br</c> finds <c>pt-BR.yml</c>.
/// </summary>
internal sealed class LanguageTag
{
    /// <summary>The language every strings table falls back to.</summary>
    public const string English = "en";

    // Languages written right to left: Arabic, Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi, Uyghur, Dhivehi, Sorani.
    private static readonly HashSet<string> RightToLeftLanguages = new(["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"], StringComparer.Ordinal);

    private readonly string[] _subtags;

    /// <summary>Reads a tag of the shape <c>briefgen.yml</c> accepts (letters, then <c>-</c> and letters or digits).</summary>
    public LanguageTag(string tag) => _subtags = [.. tag.Split('-').Select((s, i) => Canonical(s, i))];

    /// <summary>The tag in canonical case, e.g. <c>pt-BR</c>.</summary>
    public string Name => string.Join('-', _subtags);

    /// <summary>The language itself, e.g. <c>pt</c> for <c>pt-BR</c>.</summary>
    public string Primary => _subtags[0];

    /// <summary>Whether pages in this language are written right to left (<c>dir="rtl"</c>).</summary>
    public bool RightToLeft => RightToLeftLanguages.Contains(Primary);

    /// <summary>The tags whose tables hold this language's words, most specific first: <c>pt-BR</c>, <c>pt</c>; English is not among them unless it is the language.</summary>
    public IEnumerable<string> Lookup()
    {
        for (var n = _subtags.Length; n > 0; n--)
        {
            yield return string.Join('-', _subtags[..n]);
        }
    }

    /// <summary>
    /// The plural category (CLDR's names) of <paramref name="count"/> in this language: French and Portuguese say
    /// "0 note" like "1 note", Arabic has six forms, Hebrew three; every other language here, like English, two.
    /// </summary>
    public string PluralCategory(long count) => Primary switch
    {
        "fr" or "pt" => count is 0 or 1 ? "one" : "other",
        "ar" => count switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ when count % 100 is >= 3 and <= 10 => "few",
            _ when count % 100 is >= 11 and <= 99 => "many",
            _ => "other",
        },
        "he" => count switch { 1 => "one", 2 => "two", _ => "other" },
        _ => count == 1 ? "one" : "other",
    };

    private static string Canonical(string subtag, int index) => index switch
    {
        0 => subtag.ToLowerInvariant(),
        _ when subtag.Length == 4 && char.IsAsciiLetter(subtag[0]) => char.ToUpperInvariant(subtag[0]) + subtag[1..].ToLowerInvariant(),
        _ when subtag.Length == 2 || (subtag.Length == 3 && subtag.All(char.IsAsciiDigit)) => subtag.ToUpperInvariant(),
        _ => subtag.ToLowerInvariant(),
    };
}
