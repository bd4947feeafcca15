using System.Security.Cryptography;
using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>Warnings fail CI reliably (before the site changes, and again when generation is skipped); every diagnostic points at a file of the user's.</summary>
public sealed partial class ConsumerBuildTests
{
    private const string NotIsoDate = "BG1208";

    [Fact]
    public void Build_WarningsAsErrors_FailBeforeTheSiteChanges_SkippedBuildReplaysTheWarning()
    {
        var consumer = Consumer.Create(Feed, "warnings");
        consumer.Write("briefgen.yml", "baseUrl: https://example.org/\n");
        var seed = consumer.Write("seeds/dated.md", "---\ntitle: Dated\ndate: June 2, 2025\n---\n\nBody text.\n");
        var first = consumer.Build();
        AssertSucceeded(first);
        var warning = Diagnostics(first).First(d => d.Code == NotIsoDate); // MSBuild repeats it in its summary
        Assert.Equal(("warning", seed, 3), (warning.Severity, warning.File, warning.Line));

        var skipped = consumer.Build("-v:d");
        AssertSucceeded(skipped);
        Assert.Contains(SkippedMessage, skipped.Output);
        Assert.Contains(warning, Diagnostics(skipped)); // the same file, line, column and code
        var skippedUnderWarnAsError = consumer.Build("-warnaserror");
        Assert.NotEqual(0, skippedUnderWarnAsError.ExitCode);
        Assert.Contains(warning with { Severity = "error" }, Diagnostics(skippedUnderWarnAsError));

        consumer.Write("seeds/dated.md", "---\ntitle: Dated\ndate: June 2, 2025\n---\n\nChanged text.\n");
        var site = SiteBytes(consumer);
        foreach (var args in new[] { new[] { "-p:TreatWarningsAsErrors=true" }, ["-p:WarningsAsErrors=" + NotIsoDate], ["-warnaserror"] })
        {
            var failed = consumer.Build(args);
            Assert.True(failed.ExitCode != 0, string.Join(' ', args) + " passed:\n" + failed);
            Assert.Contains(warning with { Severity = "error" }, Diagnostics(failed));
            Assert.Equal(site, SiteBytes(consumer));
        }

        var silenced = consumer.Build("-p:TreatWarningsAsErrors=true", "-p:NoWarn=" + NotIsoDate);
        AssertSucceeded(silenced);
        Assert.DoesNotContain(Diagnostics(silenced), d => d.Code == NotIsoDate);
        Assert.NotEqual(site, SiteBytes(consumer));
    }

    [Fact]
    public void Build_TreatWarningsAsErrorsInTheProject_FailsEveryTime_WritesNoSite()
    {
        var consumer = Consumer.Create(Feed, "strict", projectBody: "  <PropertyGroup>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>\n");

        foreach (var build in new[] { consumer.Build(), consumer.Build() })
        {
            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains(Diagnostics(build), d => (d.Code, d.Severity, d.File) == ("BG5005", "error", consumer.ProjectFile));
            Assert.False(Directory.Exists(consumer.SiteDir), "a failed build wrote the site");
        }
    }

    [Fact]
    public void Build_Diagnostics_PointAtTheUsersFiles_UnknownPropertiesSuggestTheKnownName()
    {
        var consumer = Consumer.Create(Feed, "located", projectBody: "  <PropertyGroup>\n    <BriefGenBaseUri>https://example.org/</BriefGenBaseUri>\n  </PropertyGroup>\n");

        var build = consumer.Build("-p:BriefGenOutputDirectory=out");

        AssertSucceeded(build);
        var diagnostics = Diagnostics(build);
        Assert.Contains(diagnostics, d => (d.Code, d.File) == ("BG5005", consumer.ProjectFile)); // no briefgen.yml: the project
        Assert.Contains(diagnostics, d => (d.Code, d.File, d.Line) == ("BG5101", consumer.ProjectFile, 9));
        Assert.Contains("'BriefGenBaseUri', so it is ignored; did you mean BriefGenBaseUrl?", build.Output, StringComparison.Ordinal);
        Assert.Contains("'BriefGenOutputDirectory', so it is ignored; did you mean BriefGenOutputDir?", build.Output, StringComparison.Ordinal);

        consumer.Write("briefgen.yml", "title: Located\n");
        var badUrl = consumer.Build("-p:BriefGenBaseUrl=example.org");

        Assert.NotEqual(0, badUrl.ExitCode);
        Assert.Contains(Diagnostics(badUrl), d => (d.Code, d.File) == ("BG5004", consumer.ProjectFile));
        Assert.Contains("BriefGenBaseUrl 'example.org' must be an absolute http or https URL", badUrl.Output, StringComparison.Ordinal);
        Assert.All(diagnostics.Concat(Diagnostics(badUrl)), d => Assert.True(File.Exists(d.File) && d.File.StartsWith(consumer.Dir, StringComparison.Ordinal), d.ToString()));
    }

    /// <summary>Every file of the site with a hash of its bytes.</summary>
    private static Dictionary<string, string> SiteBytes(Consumer consumer)
        => consumer.SiteFiles().ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(consumer.SiteDir, f)))));
}
