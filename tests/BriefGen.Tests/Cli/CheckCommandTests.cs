using System.Text.Json;
using BriefGen.Tests.Infrastructure;
using Json.Schema;

namespace BriefGen.Tests.Cli;

public sealed class CheckCommandTests
{
    /// <summary>A broken link planted in a seed's Markdown: the second brief is at <c>../beta/</c>, not <c>../gamma/</c>.</summary>
    private static readonly string BrokenSeed = CheckSites.AlphaSeed.Replace("[the beta brief](../beta/)", "[the gamma brief](../gamma/)", StringComparison.Ordinal);

    /// <summary>Loaded once: the schema library keeps a registry of the schemas it has loaded, keyed by their <c>$id</c>.</summary>
    private static readonly Lazy<JsonSchema> SarifSchema = new(() => JsonSchema.FromFile(RepoPaths.InRepo("tests", "BriefGen.Tests", "Cli", "Schemata", "sarif-2.1.0.json")));

    /// <summary>A missing anchor planted in a template override.</summary>
    private const string MissingAnchorPage = """<p><a href="#nowhere">Jump</a></p>""";

    [Fact]
    public void Check_PlantedBrokenLinkAndMissingAnchor_ExitOneWithExactlyThoseLocatedDiagnostics()
    {
        var site = CheckSites.Write(BrokenSeed, MissingAnchorPage);

        var run = CliRun.Of("check", site);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """
            seeds/alpha.md(11,23): error BG6001: broken link '../gamma/': the site has no file 'briefs/gamma/index.html' on page briefs/alpha/index.html (line 59)
            templates/404.sbn-html(3,13): error BG6002: broken link '#nowhere': the page has no element with id 'nowhere' on page 404.html (line 38)

            """,
            run.Stderr);
        Assert.Matches(@"^briefgen check: \d+ pages, \d+ links, 2 broken\n$", run.Stdout);
    }

    [Fact]
    public void Check_CleanSite_ExitZeroAndNoDiagnostics()
    {
        var run = CliRun.Of("check", CheckSites.Write());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Matches(@"^briefgen check: \d+ pages, \d+ links, 0 broken\n$", run.Stdout);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.github.io/briefs/")]
    public void Check_DemoSite_Passes(string? baseUrl)
    {
        string[] args = baseUrl is null ? ["check", RepoPaths.Root] : ["check", RepoPaths.Root, "--base-url", baseUrl];

        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Check_BaseUrlWithPath_RootRelativeLinkOutsideItIsBroken()
    {
        var site = CheckSites.Write(notFoundPage: """<p><a href="/elsewhere/">Away</a> <a href="/briefs/briefs/alpha/">In</a></p>""", baseUrl: "https://example.org/briefs/");

        var run = CliRun.Of("check", site);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("templates/404.sbn-html(3,13): error BG6001: broken link '/elsewhere/': '/elsewhere/' is outside the base URL's path '/briefs/' on page 404.html (line 38)", line);
    }

    [Fact]
    public void Check_ExistingOutput_LeftByteIdenticalAndNamedInDiagnostics()
    {
        var site = CheckSites.Write(BrokenSeed);
        var output = Path.Combine(site, "_site");
        Assert.Equal(0, CliRun.Of("build", site, "-o", output).ExitCode);
        var before = TreeHash.Of(output);
        var stamps = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).ToList();

        var run = CliRun.Of("check", site, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("_site/briefs/alpha/index.html(59,8): error BG6001: broken link '../gamma/'", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash.Of(output));
        Assert.Equal(stamps, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).ToList());
    }

    [Fact]
    public void Check_WarningsAsErrors_TurnsACheckWarningIntoExitOne()
    {
        var site = CheckSites.Write(notFoundPage: """<p><a href="http://[broken">x</a></p>""");

        var lenient = CliRun.Of("check", site);
        var strict = CliRun.Of("check", site, "--warnings-as-errors");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("warning BG6004: 'http://[broken' is not a valid URL", lenient.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error BG6004: 'http://[broken' is not a valid URL", strict.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Sarif_ValidatesAgainstTheSarifSchemaAndHoldsTheResults()
    {
        var site = CheckSites.Write(BrokenSeed, MissingAnchorPage);
        var sarif = Path.Combine(TestSite.TempDir(), "check.sarif");

        var run = CliRun.Of("check", site, "--sarif", sarif);

        Assert.Equal(1, run.ExitCode);
        using var log = JsonDocument.Parse(File.ReadAllBytes(sarif));
        AssertValidSarif(log.RootElement);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["BG6001", "BG6002"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("seeds/alpha.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(11, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(23, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Build_FailingBuild_StillWritesSarif()
    {
        var site = TestSite.TempDir(); // no seeds folder: BG1xxx error, nothing built
        var sarif = Path.Combine(TestSite.TempDir(), "reports", "build.sarif");

        var run = CliRun.Of("build", site, "-o", Path.Combine(site, "_site"), "--sarif", sarif);

        Assert.Equal(1, run.ExitCode);
        using var log = JsonDocument.Parse(File.ReadAllBytes(sarif));
        AssertValidSarif(log.RootElement);
        Assert.NotEmpty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void SarifInsideTheOutputFolder_IsRefused(string command)
    {
        var site = CheckSites.Write();
        var output = Path.Combine(site, "_site");
        Assert.Equal(0, CliRun.Of("build", site, "-o", output).ExitCode);
        var before = TreeHash.Of(output);

        var run = CliRun.Of(command, site, "-o", output, "--sarif", Path.Combine(output, "x.sarif"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BG6101: refusing to write the SARIF file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, TreeHash.Of(output));
    }

    [Fact]
    public void Check_InGitHubActions_AlsoPrintsAnnotationsRelativeToTheWorkspace()
    {
        var site = CheckSites.Write(BrokenSeed);
        var workspace = Path.GetDirectoryName(site)!;
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = workspace };

        var run = CliRun.WithEnvironment(environment, "check", site);

        Assert.Equal(1, run.ExitCode);
        var annotation = Assert.Single(run.Stdout.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.Equal(
            $"::error file={Path.GetFileName(site)}/seeds/alpha.md,line=11,col=23,title=BG6001::broken link '../gamma/': the site has no file 'briefs/gamma/index.html' on page briefs/alpha/index.html (line 59)",
            annotation);
    }

    [Fact]
    public void Check_OutsideGitHubActions_PrintsNoAnnotations()
    {
        var run = CliRun.WithEnvironment(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "false" }, "check", CheckSites.Write(BrokenSeed));

        Assert.DoesNotContain("::", run.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// Validates against the SARIF 2.1.0 schema, <c>Schemata/sarif-2.1.0.json</c> of the Sarif.Sdk 5.9.0 package (whose
    /// libraries do not restore here), committed beside this file; formats (uri, uri-reference) are checked too.
    /// </summary>
    private static void AssertValidSarif(JsonElement log)
    {
        var result = SarifSchema.Value.Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
