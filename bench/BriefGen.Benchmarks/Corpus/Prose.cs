namespace BriefGen.Benchmarks.Corpus;

/// <summary>Clause-shaped synthetic prose from a seeded random source.</summary>
internal sealed class Prose(Random random)
{
    private static readonly string[] Questions = ["How does", "Why does", "What does", "When does", "Who decides whether", "Should", "Can", "Where does"];

    public int Next(int min, int maxExclusive) => random.Next(min, maxExclusive);

    public bool Chance(double p) => random.NextDouble() < p;

    public string Pick(string[] items) => items[random.Next(items.Length)];

    public IEnumerable<string> Distinct(string[] items, int count)
        => items.OrderBy(_ => random.Next()).Take(count).ToArray();

    public static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    public List<string> SentenceWords(int count)
    {
        var words = new List<string>(count + 8);
        while (words.Count < count)
        {
            if (words.Count > 0)
            {
                words.Add(Pick(Vocabulary.Conjunctions));
            }

            Clause(words);
        }

        words.RemoveRange(count, words.Count - count);
        words[^1] = Pick(Vocabulary.Nouns);
        return words;
    }

    public string Sentence(int count) => Capitalize(string.Join(' ', SentenceWords(count))) + ".";

    public string Question()
    {
        var words = new List<string> { Pick(Questions) };
        NounPhrase(words);
        words.Add(Pick(Vocabulary.Verbs).TrimEnd('s'));
        words.Add(Pick(Vocabulary.Determiners));
        words.Add(Pick(Vocabulary.Nouns));
        return string.Join(' ', words) + "?";
    }

    public string Paragraph(int wordCount)
    {
        var sentences = new List<string>();
        var remaining = wordCount;
        while (remaining > 0)
        {
            var n = remaining <= 30 ? remaining : Next(12, Math.Min(30, remaining - 12) + 1);
            var sentence = Sentence(n);
            if (Chance(0.1))
            {
                sentence = "Some say *" + sentence[..1].ToLowerInvariant() + sentence[1..^1] + "*.";
            }
            else if (Chance(0.1))
            {
                sentence = "In short, [" + sentence[..^1] + "](https://example.org/ref/" + Next(1000, 99999) + ").";
            }

            sentences.Add(sentence);
            remaining -= n;
        }

        return string.Join(' ', sentences);
    }

    private void Clause(List<string> words)
    {
        NounPhrase(words);
        if (Chance(0.25))
        {
            words.Add(Pick(Vocabulary.Adverbs));
        }

        words.Add(Pick(Vocabulary.Verbs));
        NounPhrase(words);
    }

    private void NounPhrase(List<string> words)
    {
        words.Add(Pick(Vocabulary.Determiners));
        if (Chance(0.55))
        {
            words.Add(Pick(Vocabulary.Adjectives));
        }

        words.Add(Pick(Vocabulary.Nouns));
        if (Chance(0.35))
        {
            words.Add(Pick(Vocabulary.Prepositions));
            words.Add(Pick(Vocabulary.Determiners));
            words.Add(Pick(Vocabulary.Nouns));
        }
    }
}
