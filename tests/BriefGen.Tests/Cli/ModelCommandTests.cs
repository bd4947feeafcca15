using System.Diagnostics;
using BriefGen.Tests.Infrastructure;
using BriefGen.Tests.Reading.Loading;

namespace BriefGen.Tests.Cli;

public sealed class ModelCommandTests
{
    private const string Seed = "---\ntitle: T\n---\n\nBody.\n";

    private static string DevSeed(string name) => Path.Combine(RepoPaths.DevFixtures, name + ".md");

    private static byte[] Expected(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.DevFixtures, name + ".expected.json"));

    [Fact]
    public void Model_OneSeed_PrintsExactlyTheExpectedJsonAndExitsZero()
    {
        var run = CliRun.Of("model", DevSeed("09-undersea-cables"));

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal(Expected("09-undersea-cables"), run.StdoutBytes);
    }

    [Fact]
    public void Model_SeveralSeedsWithoutOutput_UsageErrorExitTwo()
    {
        var run = CliRun.Of("model", DevSeed("09-undersea-cables"), DevSeed("10-fisheries-subsidies"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Contains("-o DIR", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_NoSeed_UsageErrorExitTwo()
    {
        var run = CliRun.Of("model");

        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Stderr);
    }

    [Fact]
    public void Model_FolderWithOutput_WritesOneJsonPerSeed()
    {
        using var temp = new TempFolder();
        File.Copy(DevSeed("09-undersea-cables"), temp.Write("in/sub/09-undersea-cables.md", ""), overwrite: true);
        File.Copy(DevSeed("10-fisheries-subsidies"), temp.Write("in/10-fisheries-subsidies.md", ""), overwrite: true);
        temp.Write("in/README.md", "not a seed");

        var run = CliRun.Of("model", temp["in"], "-o", temp["out/models"]);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal(["09-undersea-cables.json", "10-fisheries-subsidies.json"], Directory.GetFiles(temp["out/models"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Expected("09-undersea-cables"), File.ReadAllBytes(temp["out/models/09-undersea-cables.json"]));
        Assert.Equal(Expected("10-fisheries-subsidies"), File.ReadAllBytes(temp["out/models/10-fisheries-subsidies.json"]));
    }

    [Fact]
    public void Model_FolderWithOneSeed_PrintsIt()
    {
        using var temp = new TempFolder();
        temp.Write("in/x.md", Seed);

        var run = CliRun.Of("model", temp["in"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{\n  \"title\": \"T\",", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_SameStemInTwoFolders_ErrorNamingBothAndExitOne()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a/x.md", Seed);
        var b = temp.Write("b/x.md", Seed);

        var run = CliRun.Of("model", a, b, "-o", temp["out"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BG1010", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(a.Replace('\\', '/'), run.Stderr, StringComparison.Ordinal);
        Assert.Contains(b.Replace('\\', '/'), run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(temp["out/x.json"]));
    }

    [Fact]
    public void Model_MissingSeed_NotFoundErrorExitOne()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("model", temp["nope.md"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(temp["nope.md"].Replace('\\', '/') + ": error BG1012: no such file or folder\n", run.Stderr);
    }

    [Fact]
    public void Model_BadSeed_DiagnosticOnStderrWithThePathAsGivenAndExitOne()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.md", "");

        var run = CliRun.Of("model", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.StdoutBytes);
        Assert.Equal(path.Replace('\\', '/') + ": error BG1001: the seed is empty\n", run.Stderr);
    }

    [Fact]
    public void Model_WarningsOnly_PrintsModelAndExitsZero()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.md", "---\ntitle: T\ncolour: red\n---\n\nBody.\n");

        var run = CliRun.Of("model", path);

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(run.StdoutBytes);
        Assert.Equal(path.Replace('\\', '/') + "(3,1): warning BG1204: unknown front-matter key 'colour' is ignored\n", run.Stderr);
    }

    [Fact]
    public void Model_DiagnosticsOfSeveralSeeds_SortedByPath()
    {
        using var temp = new TempFolder();
        temp.Write("in/b.md", "");
        temp.Write("in/a.md", "---\ntitle: [x]\n---\n");

        var run = CliRun.Of("model", temp["in"], "-o", temp["out"]);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.Contains(lines, l => l.Contains("a.md(2,8): error BG1205", StringComparison.Ordinal));
    }

    [Fact]
    public void Model_RunAsAProcessUnderTheCLocale_WritesUtf8()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BriefGen.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "model", DevSeed("10-fisheries-subsidies") })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LANG"] = "C";
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));

        Assert.Equal((0, ""), (process.ExitCode, stderr));
        Assert.Equal(Expected("10-fisheries-subsidies"), stdout.ToArray());
    }
}
