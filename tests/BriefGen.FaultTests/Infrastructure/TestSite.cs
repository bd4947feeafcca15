using System.Globalization;
using System.Text;

namespace BriefGen.FaultTests.Infrastructure;

/// <summary>
/// A site folder of generated Markdown briefs (front matter <c>title</c>, <c>date</c>, <c>kind</c>, <c>authors</c>,
/// <c>topics</c>; a body of sections) with a <c>briefgen.yml</c>, a <c>static/</c> file and a template override.
/// Every edit is deterministic, so two sites edited alike are alike.
/// </summary>
internal sealed class TestSite
{
    private static readonly string[] Topics = ["Trade", "Oceans", "Elections", "Courts", "Energy", "Health", "Cyber"];
    private static readonly string[] Authors = ["Ada Lind", "Bo Reyes", "Cy Tan", "Di Okafor", "Ed Marsh"];
    private static readonly string[] Words = ["policy", "market", "court", "budget", "reform", "treaty", "grid", "vote", "port", "tariff"];
    private readonly int _paragraphs;
    private int _count;
    private int _revision;

    /// <summary>Creates the site in <paramref name="dir"/> with <paramref name="briefs"/> briefs of <paramref name="paragraphs"/> paragraphs each.</summary>
    public TestSite(string dir, int briefs, int paragraphs = 3)
    {
        Dir = dir;
        _paragraphs = paragraphs;
        Directory.CreateDirectory(SeedsDir);
        Directory.CreateDirectory(Path.Combine(dir, "static"));
        Directory.CreateDirectory(Path.Combine(dir, "templates", "_partials"));
        File.WriteAllText(Path.Combine(dir, "static", "notes.txt"), "static notes\n");
        File.WriteAllText(Path.Combine(dir, "templates", "_partials", "site-footer.sbn-html"), "<footer class=\"site-footer\"><p>{{ site.title }}</p></footer>\n");
        WriteConfig();
        AddBriefs(briefs);
    }

    public string Dir { get; }

    public string SeedsDir => Path.Combine(Dir, "seeds");

    public string ConfigFile => Path.Combine(Dir, "briefgen.yml");

    public int Count => _count;

    /// <summary>Writes <c>briefgen.yml</c> with a base URL (no BG5005 warning) and <paramref name="extra"/> lines.</summary>
    public void WriteConfig(string extra = "")
        => File.WriteAllText(ConfigFile, "title: Fault Briefs\nbaseUrl: https://briefs.example.org/\npageSize: 5\n" + extra);

    /// <summary>Adds <paramref name="count"/> briefs.</summary>
    public void AddBriefs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            WriteBrief(_count++);
        }
    }

    /// <summary>Rewrites brief <paramref name="index"/> with new text (its title and topics stay).</summary>
    public void Edit(int index = 0)
    {
        _revision++;
        WriteBrief(index);
    }

    /// <summary>The path of brief <paramref name="index"/>'s seed.</summary>
    public string SeedPath(int index) => Path.Combine(SeedsDir, $"b{index:D4}.md");

    /// <summary>Adds a seed whose front matter is not YAML: the next build reports an error.</summary>
    public void AddBrokenSeed() => File.WriteAllText(Path.Combine(SeedsDir, "broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n");

    private void WriteBrief(int index)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"Brief {index}: {Word(index)} and {Word(index / 3)}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"date: \"2025-{1 + index % 12:D2}-{1 + index % 28:D2}\"\nkind: Article\n");
        text.Append(CultureInfo.InvariantCulture, $"authors: [\"{Authors[index % Authors.Length]}\"]\n");
        text.Append(CultureInfo.InvariantCulture, $"topics: [{Topics[index % Topics.Length]}, {Topics[(index / 2) % Topics.Length]}]\n---\n\n");
        for (var p = 0; p < _paragraphs; p++)
        {
            if (p % 3 == 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"## Part {p}\n\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"Revision {_revision}. ");
            for (var w = 0; w < 40; w++)
            {
                text.Append(Word(index * 7 + p * 13 + w * w)).Append(w % 9 == 8 ? ". " : " ");
            }

            text.Append("\n\n");
        }

        File.WriteAllText(SeedPath(index), text.ToString());
    }

    private static string Word(int i) => Words[i % Words.Length];
}
