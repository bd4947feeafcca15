namespace BriefGen.Rendering.Language;

/// <summary>
/// One entry of a strings table: a text, or the plural forms of one by CLDR category (<c>zero</c>, <c>one</c>,
/// <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>), of which <c>other</c> is always there.
/// </summary>
internal sealed class Phrase
{
    /// <summary>The plural categories, in CLDR's order.</summary>
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    private readonly IReadOnlyDictionary<string, string> _forms;

    private Phrase(IReadOnlyDictionary<string, string> forms) => _forms = forms;

    /// <summary>A text without plural forms.</summary>
    public static Phrase Of(string text) => new(new Dictionary<string, string>(StringComparer.Ordinal) { ["other"] = text });

    /// <summary>Plural forms; null when a category is not one of <see cref="Categories"/> or <c>other</c> is missing.</summary>
    public static Phrase? Plural(IReadOnlyDictionary<string, string> forms)
        => forms.ContainsKey("other") && forms.Keys.All(Categories.Contains) ? new(forms) : null;

    /// <summary>The form for <paramref name="category"/>, or <c>other</c> when the phrase has no such form.</summary>
    public string For(string category) => _forms.GetValueOrDefault(category) ?? _forms["other"];

    /// <summary>Every form, by category in ordinal order: what the phrase is, for the build's input hash.</summary>
    public IEnumerable<KeyValuePair<string, string>> Forms => _forms.OrderBy(f => f.Key, StringComparer.Ordinal);
}
