using System.Text.Json;
using System.Text.RegularExpressions;
using BriefGen.Diagnostics;
using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>
/// Real `dotnet build/clean/publish` runs of consumer projects that reference the packed BriefGen.MSBuild the way the
/// README says. Each test builds its own consumer; they run one after the other, beside the other end-to-end classes.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed partial class ConsumerBuildTests(PackedFeed feed) : EndToEndTest(feed)
{
    private const string SkippedMessage = "Skipping target \"BriefGenGenerateSite\" because all output files are up-to-date";

    // The default brief template's name (templates/ in the repo, embedded in the library); a consumer's file of the same
    // relative path in its templates/ folder takes precedence.
    private const string BriefTemplate = "brief.sbn-html";

    private static readonly string ReferenceSlug = JsonDocument.Parse(
            File.ReadAllText(Path.ChangeExtension(RepoPaths.ReferenceSeed, ".expected.json")))
        .RootElement.GetProperty("slug").GetString()!;

    [Fact]
    public void Build_GeneratesSite_BriefPageEqualsLibraryOutput()
    {
        var consumer = Consumer.Create(Feed, "basic");

        var build = consumer.Build();

        AssertSucceeded(build);
        Assert.Matches(SummaryLine(), build.Output);
        var files = consumer.SiteFiles();
        Assert.Equal(
            files.Select(f => Path.GetFullPath(Path.Combine(consumer.SiteDir, f))).Order(StringComparer.Ordinal),
            File.ReadAllLines(consumer.ManifestPath()!).Order(StringComparer.Ordinal));

        var library = BuildWithLibrary(baseUrl: null);
        Assert.Equal(library.Files, files);
        AssertBriefPagesEqual(library.OutputDir, consumer.SiteDir, files);
    }

    [Fact]
    public void Build_Incremental_SkipsWhenUnchanged_RegeneratesOnEveryKindOfChange()
    {
        var consumer = Consumer.Create(Feed, "incremental");
        AssertSucceeded(consumer.Build());
        var files = consumer.SiteFiles();

        var unchanged = consumer.Build("-v:d");
        AssertSucceeded(unchanged);
        Assert.Contains(SkippedMessage, unchanged.Output);
        Assert.Equal(files, consumer.SiteFiles()); // a skipped generation keeps its files (FileWrites from the manifest)

        var seed = consumer.PathOf("seeds/" + Path.GetFileName(RepoPaths.ReferenceSeed));
        // "Now" is seconds after the manifest was written (the no-op build came in between), and never in the future,
        // which would keep the seed newer than every later manifest and hide what the next steps test.
        File.SetLastWriteTimeUtc(seed, DateTime.UtcNow);
        Assert.True(File.GetLastWriteTimeUtc(seed) > File.GetLastWriteTimeUtc(consumer.ManifestPath()!));
        AssertRegenerated(consumer.Build("-v:d"));

        var page = files.First(f => f.EndsWith(".html", StringComparison.Ordinal));
        File.Delete(Path.Combine(consumer.SiteDir, page));
        AssertRegenerated(consumer.Build("-v:d"));
        Assert.True(File.Exists(Path.Combine(consumer.SiteDir, page)), "a page deleted by hand was not generated again");

        // A new seed older than the manifest: only the inputs cache can tell that the set of seeds changed.
        var added = consumer.Write("seeds/second.md", "---\ntitle: A Second Brief\n---\n\nBody text.\n");
        File.SetLastWriteTimeUtc(added, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var withSecond = consumer.Build("-v:d");
        AssertRegenerated(withSecond);
        Assert.Contains("BriefGen: 2 briefs", withSecond.Output);

        File.Delete(added);
        var withoutSecond = consumer.Build("-v:d");
        AssertRegenerated(withoutSecond);
        Assert.Contains("BriefGen: 1 brief,", withoutSecond.Output);
        Assert.Equal(files, consumer.SiteFiles());
    }

    [Fact]
    public void Build_TemplateInConsumerFolder_OverridesDefault()
    {
        var consumer = Consumer.Create(Feed, "template");
        consumer.Write("templates/" + BriefTemplate, "<!DOCTYPE html>\n<p>CONSUMER-TEMPLATE</p>\n");

        var build = consumer.Build();

        AssertSucceeded(build);
        var pages = BriefPages(consumer.SiteFiles());
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Contains("CONSUMER-TEMPLATE", File.ReadAllText(Path.Combine(consumer.SiteDir, p))));
    }

    [Fact]
    public void Build_UndecidableDate_WarnsAtSeedLine_HonoursNoWarnAndWarningsAsErrors()
    {
        var consumer = Consumer.Create(Feed, "baddate", withReferenceSeed: false);
        var text = File.ReadAllText(RepoPaths.ReferenceSeed).Replace("October 25, 2024 11:27 am (EST)", "Octobr 25, 2024 11:27 am (EST)", StringComparison.Ordinal);
        var seed = consumer.Write("seeds/bad-date.txt", text);
        var dateLine = new SourceText(seed, text).LineOf(text.IndexOf("Octobr", StringComparison.Ordinal));

        var build = consumer.Build();

        AssertSucceeded(build); // a warning does not fail the build
        var warning = Diagnostics(build).FirstOrDefault(d => d.Severity == "warning" && d.File == seed && d.Line == dateLine);
        Assert.True(warning is not null, $"no warning at {seed}({dateLine},…):\n{build}");
        Assert.True(warning.Column >= 1, build.ToString());

        var silenced = consumer.Build($"-p:NoWarn={warning.Code}");
        AssertSucceeded(silenced);
        Assert.DoesNotContain(Diagnostics(silenced), d => d.Code == warning.Code);

        var promoted = consumer.Build($"-p:WarningsAsErrors={warning.Code}");
        Assert.NotEqual(0, promoted.ExitCode);
        Assert.Contains(Diagnostics(promoted), d => d.Code == warning.Code && d.Severity == "error" && d.File == seed);
    }

    [Fact]
    public void Build_MalformedFrontMatter_FailsWithLocatedError_ThenRecovers()
    {
        var consumer = Consumer.Create(Feed, "badyaml", withReferenceSeed: false);
        var seed = consumer.Write("seeds/broken.md", "---\ntitle: [unclosed\ndate: 2025-01-01\n---\n\nBody text.\n");

        var failed = consumer.Build();

        Assert.NotEqual(0, failed.ExitCode);
        var error = Diagnostics(failed).First(d => d.Severity == "error");
        Assert.Equal(seed, error.File);
        Assert.InRange(error.Line, 1, 4);

        // The failure must not leave an up-to-date manifest behind: the fixed seed is built, not skipped.
        consumer.Write("seeds/broken.md", "---\ntitle: A Fixed Brief\n---\n\nBody text.\n");
        var fixedBuild = consumer.Build("-v:d");
        AssertRegenerated(fixedBuild);
        Assert.NotEmpty(consumer.SiteFiles());
    }

    [Fact]
    public void Clean_DeletesEveryGeneratedFile_KeepsTheConsumersFiles()
    {
        var consumer = Consumer.Create(Feed, "clean");
        var own = new[] { consumer.Write("notes/keep.txt", "mine\n"), consumer.ProjectFile, consumer.PathOf("nuget.config"), consumer.PathOf("seeds/" + Path.GetFileName(RepoPaths.ReferenceSeed)) };
        AssertSucceeded(consumer.Build());
        Assert.NotEmpty(consumer.SiteFiles());

        var clean = consumer.Run("clean", "-nodeReuse:false");

        AssertSucceeded(clean);
        Assert.False(Directory.Exists(consumer.SiteDir), "clean left " + string.Join(", ", consumer.SiteFiles()));
        Assert.All(own, f => Assert.True(File.Exists(f), f + " was deleted"));
        Assert.Null(consumer.ManifestPath());
        Assert.False(Directory.Exists(consumer.PathOf("obj/Debug/net10.0/briefgen")), "the state folder is left");
    }

    [Fact]
    public void Build_BaseUrlProperty_WinsAndMatchesLibrary()
    {
        const string baseUrl = "https://example.org/";
        var consumer = Consumer.Create(Feed, "baseurl");

        var build = consumer.Build($"-p:BriefGenBaseUrl={baseUrl}");

        AssertSucceeded(build);
        var files = consumer.SiteFiles();
        Assert.Contains(files, f => File.ReadAllText(Path.Combine(consumer.SiteDir, f)).Contains(baseUrl, StringComparison.Ordinal));
        var library = BuildWithLibrary(baseUrl);
        AssertBriefPagesEqual(library.OutputDir, consumer.SiteDir, files);
    }

    [Fact]
    public void Publish_CopiesSiteIntoPublishFolder()
    {
        var consumer = Consumer.Create(Feed, "publish");

        var publish = consumer.Run("publish", "-nodeReuse:false");

        AssertSucceeded(publish);
        var site = consumer.SiteFiles();
        Assert.NotEmpty(site);
        Assert.Equal(site, Consumer.ListFiles(consumer.PathOf("bin/Release/net10.0/publish/_site")));
    }

    [Fact]
    public void Build_SolutionWithTwoSiteProjects_BuildsBothInParallel()
    {
        var root = Path.Combine(Feed.Root, "solution-" + Guid.NewGuid().ToString("N")[..8]);
        var first = Consumer.Create(Feed, "first", parentDir: root);
        var second = Consumer.Create(Feed, "second", parentDir: root);
        File.Copy(first.PathOf("nuget.config"), Path.Combine(root, "nuget.config"));
        File.WriteAllText(Path.Combine(root, "sites.slnx"), $"""
            <Solution>
              <Project Path="{Path.GetRelativePath(root, first.ProjectFile)}" />
              <Project Path="{Path.GetRelativePath(root, second.ProjectFile)}" />
            </Solution>

            """);

        var build = DotNet.Run(root, Feed.Environment, "build", "sites.slnx", "-m", "-nodeReuse:false");

        AssertSucceeded(build);
        Assert.Equal(2, SummaryLine().Matches(build.Output).Count);
        Assert.NotEmpty(first.SiteFiles());
        Assert.Equal(first.SiteFiles(), second.SiteFiles());
    }

    [Fact]
    public void Build_HeldBriefs_FollowTheProperties_AndAPassedEmbargoRegenerates()
    {
        var consumer = Consumer.Create(Feed, "held", withReferenceSeed: false);
        consumer.Write("seeds/public.md", "---\ntitle: A Public Brief\n---\n\nBody text.\n");
        consumer.Write("seeds/held.md", "---\ntitle: Zanzibar Quokka Embargoed\nembargo: 2999-01-01T09:00:00+00:00\n---\n\nBody text.\n");
        consumer.Write("seeds/draft.md", "---\ntitle: Zanzibar Quokka Draft\ndraft: true\n---\n\nBody text.\n");

        var held = consumer.Build();
        AssertSucceeded(held);
        Assert.DoesNotContain("Zanzibar", SiteText(consumer), StringComparison.Ordinal);
        var nextChange = Path.Combine(Path.GetDirectoryName(consumer.ManifestPath()!)!, "briefgen.next-change.txt");
        Assert.Equal(new DateTimeOffset(2999, 1, 1, 9, 0, 0, TimeSpan.Zero).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(nextChange).Trim());

        var released = consumer.Build("-p:BriefGenNow=2999-01-02T00:00:00Z", "-p:BriefGenIncludeDrafts=true");
        AssertRegenerated(released);
        Assert.Contains("Zanzibar Quokka Embargoed", SiteText(consumer), StringComparison.Ordinal);
        Assert.Contains("Zanzibar Quokka Draft", SiteText(consumer), StringComparison.Ordinal);

        AssertRegenerated(consumer.Build("-v:d")); // the properties are inputs: back to the clock, back without them
        Assert.Contains(SkippedMessage, consumer.Build("-v:d").Output);

        // The scheduled instant has passed (the file says so, as the clock will in 2999): no file changed, yet it runs again.
        File.WriteAllText(nextChange, "1\n");
        AssertRegenerated(consumer.Build("-v:d"));
        Assert.DoesNotContain("Zanzibar", SiteText(consumer), StringComparison.Ordinal);

        // A damaged file is not trusted, nor does it break the build: it generates again.
        File.WriteAllText(nextChange, "not a number\n");
        AssertRegenerated(consumer.Build("-v:d"));
    }

    [Fact]
    public void Build_Disabled_GeneratesNothing()
    {
        var consumer = Consumer.Create(Feed, "disabled");

        var build = consumer.Build("-p:BriefGenEnabled=false");

        AssertSucceeded(build);
        Assert.False(Directory.Exists(consumer.SiteDir));
        Assert.DoesNotMatch(SummaryLine(), build.Output);
    }

    private static void AssertSucceeded(DotNetResult result) => Assert.True(result.ExitCode == 0, result.ToString());

    private static void AssertRegenerated(DotNetResult result)
    {
        AssertSucceeded(result);
        Assert.DoesNotContain(SkippedMessage, result.Output);
        Assert.Matches(SummaryLine(), result.Output);
    }

    /// <summary>Every file of the consumer's site, and their names, as one text to search.</summary>
    private static string SiteText(Consumer consumer) => string.Join('\n', consumer.SiteFiles().Select(f => f + "\n" + File.ReadAllText(Path.Combine(consumer.SiteDir, f))));

    private static IReadOnlyList<string> BriefPages(IEnumerable<string> files)
        => [.. files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f.Contains(ReferenceSlug, StringComparison.Ordinal))];

    private static void AssertBriefPagesEqual(string expectedDir, string actualDir, IReadOnlyList<string> files)
    {
        var pages = BriefPages(files);
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(expectedDir, page)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualDir, page))),
                $"{page} differs from the library's output for the same seed");
        }
    }

    // The same seed through the library, in process: what the task produced must be exactly this.
    private BuildResult BuildWithLibrary(string? baseUrl)
    {
        var site = Path.Combine(Feed.Root, "library-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.Copy(RepoPaths.ReferenceSeed, Path.Combine(site, "seeds", Path.GetFileName(RepoPaths.ReferenceSeed)));
        var result = new BriefGenerator().Build(new SiteBuildOptions
        {
            SiteDir = site,
            OutputDir = Path.Combine(site, "_site"),
            BaseUrl = baseUrl,
            StateDir = Path.Combine(site, "state"),
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    private static List<LoggedDiagnostic> Diagnostics(DotNetResult result)
        => [.. DiagnosticLine().Matches(result.Output).Select(m => new LoggedDiagnostic(
            m.Groups["file"].Value, NumberOrZero(m.Groups["line"]), NumberOrZero(m.Groups["col"]), m.Groups["severity"].Value, m.Groups["code"].Value))];

    private static int NumberOrZero(Group group) => group.Success ? int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private sealed record LoggedDiagnostic(string File, int Line, int Column, string Severity, string Code);

    // MSBuild's canonical form: file(line,col[,endLine,endCol]): warning BG1003: message [project]; without a line,
    // "file : warning BG1003: message" (line and column are then 0).
    [GeneratedRegex(@"^\s*(?<file>\S.*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\)| ): (?<severity>warning|error) (?<code>BG\d{4}): ", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"BriefGen: \d+ briefs?, \d+ pages?, \d+ files? \(\d+ written\) -> \S+ \(\d+\.\d s\)")]
    private static partial Regex SummaryLine();
}
