using BriefGen.Benchmarks.Corpus;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;
using BriefGen.Site;

namespace BriefGen.Benchmarks.Stages;

/// <summary>The generated site the stage benchmarks share: 1,000 briefs in a temporary folder, made once per process.</summary>
internal static class StageCorpus
{
    /// <summary>How many briefs the stage benchmarks build.</summary>
    public const int Count = 1000;

    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "briefgen-stages-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        CorpusGenerator.Write(Path.Combine(root, "seeds"), Count);
        return root;
    });

    /// <summary>The site folder (holds <c>seeds/</c>).</summary>
    public static string SiteDir => Root.Value;

    /// <summary>The configuration the stages use: the defaults with a base URL, so feed and sitemap are built too.</summary>
    public static SiteConfig Config { get; } = new() { BaseUrl = "https://example.org/" };

    /// <summary>The seed files, in discovery order.</summary>
    public static IReadOnlyList<SeedFile> Seeds(SeedLoader loader) => loader.Discover(Path.Combine(SiteDir, "seeds"), SiteDir, new DiagnosticBag());

    /// <summary>Every seed read, in parallel as a build reads them.</summary>
    public static List<(string, Brief)> Read(SeedLoader loader)
        => [.. Seeds(loader).AsParallel().AsOrdered().Select(loader.Load).Select(s => (s.File.DisplayPath, s.Brief!))];

    /// <summary>Removes the corpus.</summary>
    public static void Delete()
    {
        if (Root.IsValueCreated && Directory.Exists(Root.Value))
        {
            Directory.Delete(Root.Value, recursive: true);
        }
    }
}
