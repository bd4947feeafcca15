using BriefGen.Cli;
using BriefGen.Cli.Terminal;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary>
/// What <c>briefgen build</c> prints on a terminal and elsewhere: a live progress line only on a terminal outside CI,
/// erased before the diagnostics and summary; colours only on a terminal and never with <c>NO_COLOR</c>; <c>--quiet</c>
/// and <c>--verbose</c>. The terminal is a fake one: the console says what it is.
/// </summary>
public sealed class TerminalOutputTests
{
    private const string Warning = "briefgen: warning BG5005: no baseUrl is set: canonical links, Open Graph URLs, feed.xml and sitemap.xml are left out\n";
    private static readonly TimeSpan Often = TimeSpan.FromMilliseconds(1);

    /// <summary>Streams on a terminal in the given environment, redrawing the progress line every millisecond.</summary>
    private static TerminalCapabilities Terminal(params (string Name, string Value)[] environment)
        => TerminalCapabilities.Detect(outputRedirected: false, errorRedirected: false, name => environment.FirstOrDefault(v => v.Name == name).Value) with { RedrawInterval = Often };

    /// <summary>A one-brief site without a base URL, so every build warns (BG5005).</summary>
    private static string NewSite()
    {
        var site = Path.Combine(TestSite.TempDir(), "site");
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        var seed = Path.Combine(site, "seeds", "alpha.md");
        File.WriteAllText(seed, "---\ntitle: Alpha Brief\nslug: alpha\ntopics: [Energy]\n---\nBody one.\n");
        File.SetLastWriteTimeUtc(seed, DateTime.UtcNow.AddHours(-1)); // settled: a rebuild takes it from the seed cache
        return site;
    }

    /// <summary>
    /// Whatever the progress line drew during the build (how often the timer fired depends on the machine's load, so
    /// the drawing itself is tested deterministically by the <c>ProgressLine_</c> tests), the screen ends as the plain output.
    /// </summary>
    [Fact]
    public void OnATerminal_TheProgressLineLeavesNothingBehind()
    {
        var site = NewSite();
        var plain = CliRun.Of("build", site);

        var run = CliRun.On(Terminal(("NO_COLOR", "1")), "build", site);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(plain.Stderr, TerminalScreen.Show(run.Stderr));
        Assert.Equal(Warning, plain.Stderr);
        Assert.DoesNotContain('\r', run.Stdout);
    }

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "1")]
    [InlineData("TERM", "dumb")]
    public void InCiOrOnADumbTerminal_NoProgressLine_AndTodaysOutput(string variable, string value)
    {
        var run = CliRun.On(Terminal((variable, value)), "build", NewSite());

        Assert.Equal(Warning, run.Stderr);
        Assert.StartsWith("BriefGen: 1 brief, ", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\e', run.Stdout);
    }

    [Fact]
    public void Redirected_NoProgressLine_NoColours()
    {
        var run = CliRun.On(TerminalCapabilities.Redirected with { RedrawInterval = Often }, "build", NewSite());

        Assert.Equal(Warning, run.Stderr);
        Assert.Matches(@"^BriefGen: 1 brief, \d+ pages, \d+ files \(\d+ written\) -> _site/ \(\d+\.\d s\)\n$", run.Stdout);
    }

    [Fact]
    public void OnATerminal_SeverityAndSuccessAreColoured()
    {
        var run = CliRun.On(Terminal(("TERM", "xterm-256color")), "build", NewSite());

        Assert.Contains("briefgen: \e[33mwarning\e[0m \e[2mBG5005\e[0m: no baseUrl is set", TerminalScreen.Show(run.Stderr), StringComparison.Ordinal);
        Assert.StartsWith("\e[32mBriefGen: 1 brief, ", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("\e[0m\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void OnATerminal_ErrorsAreRed()
    {
        var site = NewSite();
        Directory.Delete(Path.Combine(site, "seeds"), recursive: true);

        var run = CliRun.On(Terminal(), "build", site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\e[31merror\e[0m \e[2mBG", TerminalScreen.Show(run.Stderr), StringComparison.Ordinal);
    }

    [Fact]
    public void NoColorSet_PlainTextOnATerminal()
    {
        var run = CliRun.On(Terminal(("NO_COLOR", "1")), "build", NewSite());

        Assert.Equal(Warning, TerminalScreen.Show(run.Stderr));
        Assert.DoesNotContain('\e', run.Stdout);
    }

    [Fact]
    public void Quiet_PrintsOnlyWarningsAndErrors()
    {
        var run = CliRun.On(Terminal(("NO_COLOR", "1")), "build", NewSite(), "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Warning, run.Stderr); // no progress line either: not even an erase
        Assert.Empty(run.StdoutBytes);
    }

    [Fact]
    public void Verbose_AlsoPrintsPathsCountsAndStages()
    {
        var site = NewSite();
        CliRun.Of("build", site);

        var run = CliRun.Of("build", site, "-v");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("BriefGen: 1 brief, ", lines[0], StringComparison.Ordinal);
        Assert.Equal("site: " + site, lines[1]);
        Assert.Equal("config: none (the defaults apply)", lines[2]);
        Assert.Equal("output: " + Path.Combine(site, "_site"), lines[3]);
        Assert.Equal("seeds: 1 read (1 unchanged since the previous build)", lines[4]);
        Assert.Matches(@"^generated files: (\d+) \(0 rendered, \1 kept\)$", lines[5]);
        Assert.Matches(@"^files: (\d+) \(0 written, \1 unchanged\)$", lines[6]);
        Assert.StartsWith("stages: read ", lines[7], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void QuietWithVerbose_IsAUsageError(string command)
    {
        var run = CliRun.Of(command, NewSite(), "-q", "-v");

        Assert.Equal(CliApp.UsageError, run.ExitCode);
        Assert.Contains("--quiet and --verbose cannot be used together", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressLine_RedrawsOnlyChanges_AndErasesBeforeOtherOutput()
    {
        var stderr = new StringWriter();
        var console = new CliConsole(new MemoryStream(), stderr, new TerminalCapabilities { ErrorIsTerminal = true, RedrawInterval = TimeSpan.FromHours(1) });
        var progress = new BuildProgress();
        using var line = ProgressLine.Start(console, progress, Verbosity.Normal);

        line.Redraw(); // idle: nothing to show
        progress.Enter(BuildStage.Render);
        progress.GeneratedFiles.Start(3);
        progress.GeneratedFiles.Advance(kept: false);
        line.Redraw();
        line.Redraw();
        line.Interrupt(() => stderr.Write("warning\n"));

        Assert.Equal("\rrender 1/3\e[K\r\e[Kwarning\n", stderr.ToString());
    }

    [Fact]
    public void ProgressLine_TellsTheStageAndItsCount()
    {
        var progress = new BuildProgress();
        Assert.Equal("", ProgressLine.Text(progress));
        progress.Enter(BuildStage.Read);
        Assert.Equal("read", ProgressLine.Text(progress)); // the seeds are being listed
        progress.Seeds.Start(10_000);
        for (var i = 0; i < 6_214; i++)
        {
            progress.Seeds.Advance(kept: i < 6_000);
        }

        Assert.Equal("read 6,214/10,000 (6,000 unchanged)", ProgressLine.Text(progress));
        progress.Enter(BuildStage.Assemble);
        Assert.Equal("assemble", ProgressLine.Text(progress));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("1", false)]
    [InlineData("false", false)] // any non-empty value: https://no-color.org
    public void NoColor_DisablesColoursWhenNonEmpty(string value, bool coloured)
        => Assert.Equal(coloured, Terminal(("NO_COLOR", value)).ColoursError);
}
