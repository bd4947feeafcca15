using System.Globalization;
using System.Text;

namespace BriefGen.Tests.Incremental;

/// <summary>
/// A small Markdown site on disk that a seeded random sequence of edits changes: seeds (some drafts, embargoed or
/// expiring), a template, the config, and the clock the site is built at.
/// </summary>
internal sealed class RandomSite
{
    private static readonly string[] TopicNames = ["Trade", "Oceans", "Elections", "Courts", "Energy", "Health", "Cyber"];
    private static readonly string[] Authors = ["Ada Lind", "Bo Reyes", "Cy Tan", "Di Okafor", "Ed Marsh"];
    private static readonly string[] Words = ["policy", "market", "court", "budget", "reform", "treaty", "grid", "vote", "port", "tariff"];
    private readonly Random _random;
    private int _next;
    private int _writes;

    public RandomSite(string root, int seed)
    {
        Root = root;
        _random = new Random(seed);
        Directory.CreateDirectory(SeedsDir);
        Directory.CreateDirectory(Path.Combine(root, "templates", "_partials"));
        WriteConfig("Random Briefs", 4);
    }

    public string Root { get; }

    /// <summary>The instant the site is built at: the clock moves forward as a step, lifting embargoes and expiring briefs.</summary>
    public DateTimeOffset Now { get; private set; } = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A site in <c>site/</c> under <paramref name="root"/> with <paramref name="seeds"/> seeds already added.</summary>
    public static RandomSite WithSeeds(string root, int seed, int seeds)
    {
        var site = new RandomSite(Path.Combine(root, "site"), seed);
        for (var i = 0; i < seeds; i++)
        {
            site.AddSeed();
        }

        return site;
    }

    private string SeedsDir => Path.Combine(Root, "seeds");

    public void AddSeed() => WriteSeed(Path.Combine(SeedsDir, $"b{_next++:D3}.md"));

    /// <summary>Applies one random edit and says what it was (for the failure message).</summary>
    public string Step()
    {
        var seeds = Directory.GetFiles(SeedsDir, "*.md").Order(StringComparer.Ordinal).ToArray();
        switch (_random.Next(10))
        {
            case 0 or 1:
                var edited = seeds[_random.Next(seeds.Length)];
                WriteSeed(edited);
                return "edit " + Path.GetFileName(edited);
            case 2:
                AddSeed();
                return "add";
            case 3 when seeds.Length > 3:
                var deleted = seeds[_random.Next(seeds.Length)];
                File.Delete(deleted);
                File.Delete(Path.ChangeExtension(deleted, ".yml"));
                return "delete " + Path.GetFileName(deleted);
            case 4:
                var word = Pick(Words);
                File.WriteAllText(Path.Combine(Root, "templates", "_partials", "site-footer.sbn-html"), $"<footer class=\"site-footer\"><p>{word} {{{{ site.title }}}}</p></footer>\n");
                return "template " + word;
            case 5:
                return MoveClock();
            case 6:
                // A sidecar override appears, changes or goes: the seed cache must see it although the seed did not change.
                var overridden = Path.ChangeExtension(seeds[_random.Next(seeds.Length)], ".yml");
                if (File.Exists(overridden) && _random.Next(2) == 0)
                {
                    File.Delete(overridden);
                    return "sidecar removed " + Path.GetFileName(overridden);
                }

                File.WriteAllText(overridden, $"title: \"{Sentence(3)}\"\n");
                File.SetLastWriteTimeUtc(overridden, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(++_writes));
                return "sidecar " + Path.GetFileName(overridden);
            case 7:
                var asset = Path.Combine(Root, "static", _random.Next(2) == 0 ? "notes.txt" : Path.Combine("files", "notes.txt"));
                if (File.Exists(asset))
                {
                    File.Delete(asset);
                    return "static removed";
                }

                Directory.CreateDirectory(Path.GetDirectoryName(asset)!);
                File.WriteAllText(asset, Sentence(4));
                return "static " + Path.GetRelativePath(Root, asset);
            case 8:
                // A standalone page appears, changes (its text, its menu) or goes: every page's menu may change with it.
                var page = Path.Combine(Root, "pages", _random.Next(2) == 0 ? "about.md" : Path.Combine("team", "contact.md"));
                if (File.Exists(page) && _random.Next(3) == 0)
                {
                    File.Delete(page);
                    return "page removed " + Path.GetRelativePath(Root, page);
                }

                var menu = _random.Next(2) == 0 ? "main" : "footer";
                Directory.CreateDirectory(Path.GetDirectoryName(page)!);
                File.WriteAllText(page, $"---\ntitle: {Path.GetFileNameWithoutExtension(page)}\nmenu: {menu}\n---\n{Sentence(6)}\n");
                return $"page {Path.GetRelativePath(Root, page)} in {menu}";
            case 9:
                return RetopicSeed(seeds[_random.Next(seeds.Length)]);
            default:
                var size = 2 + _random.Next(5);
                var taxonomies = string.Join(", ", BriefGen.Site.SiteConfig.TaxonomyKeys.Where(_ => _random.Next(3) > 0));
                var briefJson = _random.Next(3) > 0 ? "true" : "false";
                WriteConfig("Random Briefs " + Pick(Words), size, $"taxonomies: [{taxonomies}]\nbriefJson: {briefJson}\n");
                return $"config pageSize {size}, taxonomies [{taxonomies}], briefJson {briefJson}";
        }
    }

    /// <summary>
    /// Gives a seed other topics and nothing else: the other briefs' "More on these topics" lists change with it,
    /// although their seeds did not.
    /// </summary>
    public string RetopicSeed(string path)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf("\ntopics: [", StringComparison.Ordinal) + 1;
        var end = text.IndexOf('\n', start);
        var topics = Topics();
        WriteSeed(path, text[..start] + topics + text[end..]);
        return $"retopic {Path.GetFileName(path)}: {topics}";
    }

    /// <summary>Moves the clock up to twenty days forward, and says to when.</summary>
    public string MoveClock()
    {
        Now = Now.AddHours(1 + _random.Next(24 * 20));
        return "clock " + Now.ToString("O", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Writes a seed dated a distinct second in the past, as a checkout leaves files: old enough for the seed cache
    /// to trust its stamp, so the builds exercise the cache as well as the reader.
    /// </summary>
    private void WriteSeed(string path, string? text = null)
    {
        File.WriteAllText(path, text ?? Seed());
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(++_writes));
    }

    private void WriteConfig(string title, int pageSize, string more = "")
        => File.WriteAllText(Path.Combine(Root, "briefgen.yml"), $"title: {title}\nbaseUrl: https://example.org/\npageSize: {pageSize}\nfeedSize: 5\n{more}");

    private string Seed()
    {
        var sb = new StringBuilder();
        var date = new DateTime(2024, 1, 1).AddDays(_random.Next(400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        sb.Append("---\ntitle: \"").Append(Sentence(4)).Append("\"\ndate: ").Append(date).Append('\n');
        sb.Append("kind: ").Append(_random.Next(2) == 0 ? "Expert Brief" : "In Brief").Append('\n');
        sb.Append(Hold());
        sb.Append("summary: \"").Append(Sentence(8)).Append("\"\nauthors:\n");
        foreach (var a in Authors.OrderBy(_ => _random.Next()).Take(1 + _random.Next(2)))
        {
            sb.Append("  - name: ").Append(a).Append("\n    bio: \"").Append(a).Append(' ').Append(Sentence(5)).Append("\"\n");
        }

        sb.Append(Topics()).Append("\n---\n\n");
        sb.Append(Sentence(20)).Append("\n\n## ").Append(Sentence(3)).Append("\n\n").Append(Sentence(30)).Append('\n');
        return sb.ToString();
    }

    /// <summary>For some seeds, a draft flag, or an embargo or expiry near <see cref="Now"/> (past or ahead), in one of several offsets.</summary>
    private string Hold()
    {
        var at = Now.AddHours(_random.Next(-24 * 10, 24 * 30)).ToOffset(TimeSpan.FromHours(_random.Next(-5, 3)));
        var text = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return _random.Next(8) switch
        {
            0 => "draft: true\n",
            1 => "embargo: " + text + "\n",
            2 => "expires: \"" + text + "\"\n",
            _ => string.Empty,
        };
    }

    private string Topics() => "topics: [" + string.Join(", ", TopicNames.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3))) + "]";

    private string Sentence(int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(Words)));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
