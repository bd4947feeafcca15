using System.Text;

namespace BriefGen.Benchmarks;

/// <summary>The page dumps the benchmarks read: the repo seed, and a large dump made by repeating its body blocks.</summary>
public static class PageDumpInputs
{
    public const string Seed = "seed";
    public const string Large = "large-32MB";

    private const int LargeChars = 32 * 1024 * 1024;

    private static readonly Lazy<Dictionary<string, string>> Texts = new(Load);

    public static IEnumerable<string> Names => [Seed, Large];

    public static string Text(string name) => Texts.Value[name];

    /// <summary>Size of the input in UTF-8 bytes, as it lies on disk.</summary>
    public static long Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    private static Dictionary<string, string> Load()
    {
        var seed = File.ReadAllText(Path.Combine(RepoRoot(), "seeds", "000_b76aa47ddb24d270.txt"));
        if (seed.Length > 0 && seed[0] == '\uFEFF')
        {
            seed = seed[1..];
        }

        // Header up to the first heading, then the body (headings, paragraphs, More on: blocks, chrome) repeated,
        // then the footer (disclaimer, licence, related stories).
        var bodyStart = seed.IndexOf("\n\nWhat is North Korea", StringComparison.Ordinal);
        var footerStart = seed.IndexOf("\n\nThis work represents", StringComparison.Ordinal);
        var body = seed[bodyStart..footerStart];
        var sb = new StringBuilder(LargeChars + seed.Length).Append(seed, 0, bodyStart);
        while (sb.Length < LargeChars)
        {
            sb.Append(body);
        }

        sb.Append(seed, footerStart, seed.Length - footerStart);
        return new Dictionary<string, string> { [Seed] = seed, [Large] = sb.ToString() };
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BriefGen.sln not found above " + AppContext.BaseDirectory);
    }
}
