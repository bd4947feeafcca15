using System.Globalization;
using System.Text;

namespace BriefGen.Benchmarks.Corpus;

/// <summary>
/// Writes N synthetic briefs (Markdown with YAML front matter in the contract's keys, ~1,500 words each, 1–3 authors,
/// 2–5 topics, 4–6 question-headed sections). Deterministic: brief <c>i</c> depends only on <c>i</c>, so the corpus for
/// N = 100 is a prefix of the one for N = 10,000. All text is assembled from <see cref="Vocabulary"/>.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>Writes briefs 0..count-1 as <c>seedsDir/&lt;slug&gt;.md</c>; returns the bytes written.</summary>
    public static long Write(string seedsDir, int count)
    {
        Directory.CreateDirectory(seedsDir);
        var used = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (slug, text) = Brief(i, used);
            var data = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(seedsDir, slug + ".md"), data);
            bytes += data.Length;
        }

        return bytes;
    }

    /// <summary>One brief's slug and Markdown text.</summary>
    public static (string Slug, string Text) Brief(int index, ISet<string> usedSlugs)
    {
        var r = new Prose(new Random(unchecked(20261129 * 31 + index)));
        var titleWords = r.SentenceWords(r.Next(5, 13));
        var title = string.Join(' ', titleWords.Select(Prose.Capitalize));
        var slug = BriefGen.Model.Slug.From(string.Join(' ', titleWords.Take(8)));
        if (!usedSlugs.Add(slug))
        {
            slug = slug + "-" + index.ToString(CultureInfo.InvariantCulture);
            usedSlugs.Add(slug);
        }

        var published = new DateTime(2015, 1, 1).AddMinutes(r.Next(0, 6_300_000));
        var sb = new StringBuilder(12_000);
        sb.Append("---\n");
        sb.Append("title: \"").Append(title).Append("\"\n");
        sb.Append("slug: \"").Append(slug).Append("\"\n");
        sb.Append("date: ").Append(published.ToString("yyyy-MM-dd'T'HH:mm:00", CultureInfo.InvariantCulture)).Append(r.Pick(Vocabulary.Offsets)).Append('\n');
        sb.Append("program: \"").Append(r.Pick(Vocabulary.Programs)).Append("\"\n");
        sb.Append("kind: \"").Append(r.Pick(Vocabulary.Kinds)).Append("\"\n");
        sb.Append("summary: \"").Append(r.Sentence(r.Next(18, 31))).Append("\"\n");
        sb.Append("authors:\n");
        foreach (var name in r.Distinct(AuthorNames, r.Next(1, 4)))
        {
            sb.Append("  - name: \"").Append(name).Append("\"\n");
            sb.Append("    bio: \"").Append(name).Append(" is ").Append(r.Pick(Vocabulary.Roles)).Append(" in the ")
              .Append(r.Pick(Vocabulary.Programs)).Append(" program, where ").Append(string.Join(' ', r.SentenceWords(r.Next(6, 11)))).Append(".\"\n");
        }

        sb.Append("topics:\n");
        foreach (var topic in r.Distinct(Vocabulary.Topics, r.Next(2, 6)))
        {
            sb.Append("  - \"").Append(topic).Append("\"\n");
        }

        sb.Append("image:\n  caption: \"").Append(r.Sentence(r.Next(10, 21))).Append("\"\n");
        sb.Append("  credit: \"").Append(r.Pick(Vocabulary.FirstNames)).Append(' ').Append(r.Pick(Vocabulary.LastNames)).Append("/Staff Photo\"\n");
        sb.Append("---\n\n");
        var sections = r.Next(4, 7);
        for (var s = 0; s < sections; s++)
        {
            sb.Append("## ").Append(r.Question()).Append("\n\n");
            var paragraphs = r.Next(3, 7);
            for (var p = 0; p < paragraphs; p++)
            {
                sb.Append(r.Paragraph(r.Next(60, 141))).Append("\n\n");
                if (p == 0 && r.Chance(0.15))
                {
                    var items = r.Next(3, 6);
                    for (var k = 0; k < items; k++)
                    {
                        sb.Append("- ").Append(r.Sentence(r.Next(5, 13))).Append('\n');
                    }

                    sb.Append('\n');
                }
            }
        }

        sb.Length -= 1; // one final newline
        return (slug, sb.ToString());
    }

    private static readonly string[] AuthorNames = Vocabulary.FirstNames
        .SelectMany(f => Vocabulary.LastNames.Select(l => f + " " + l))
        .Where((_, i) => i % 4 == 0)
        .ToArray();
}
