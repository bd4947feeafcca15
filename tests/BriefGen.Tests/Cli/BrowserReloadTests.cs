using BriefGen.Cli.Serve;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary>
/// <c>briefgen serve</c>'s live reload in a real browser (the system's headless Chromium): the injected script reloads
/// an open page when its brief is edited, swaps the stylesheet in place without a reload, and reloads into the error
/// overlay and out of it again. A marker set on <c>window</c> tells a reload (a new document) from a page left alone.
/// </summary>
public sealed class BrowserReloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private const string Marker = "window.briefgenTestMarker";
    private const string StillTheSameDocument = Marker + " === 1";
    private const string ANewDocument = Marker + " === undefined";

    [Fact]
    public async Task AnEditedBrief_ReloadsItsOpenPage()
    {
        var site = PreviewSites.New();
        await using var server = await PreviewSites.Start(site);
        await using var browser = await HeadlessChromium.Start();
        await Open(browser, server, "/repo/briefs/alpha/");
        Assert.Equal("Alpha Brief", await Heading(browser));

        PreviewSites.WriteAlpha(site, "Alpha Brief Revised");

        await browser.WaitUntil($"{ANewDocument} && document.querySelector('h1')?.textContent.trim() === 'Alpha Brief Revised'", Patience);
    }

    [Fact]
    public async Task AnEditedStylesheet_IsSwappedWithoutAReload()
    {
        var site = PreviewSites.New();
        await using var server = await PreviewSites.Start(site);
        await using var browser = await HeadlessChromium.Start();
        await Open(browser, server, "/repo/briefs/alpha/");

        Directory.CreateDirectory(Path.Combine(site, "static", "assets"));
        File.WriteAllText(Path.Combine(site, "static", "assets", "style.css"), "body { background-color: rgb(1, 2, 3); }\n");

        await browser.WaitUntil("getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'", Patience);
        Assert.True((bool)(await browser.Evaluate(StillTheSameDocument))!);
    }

    [Fact]
    public async Task ABrokenTemplate_ReloadsIntoTheOverlay_AndOutOfItWhenFixed()
    {
        var site = PreviewSites.New();
        await using var server = await PreviewSites.Start(site);
        await using var browser = await HeadlessChromium.Start();
        await Open(browser, server, "/repo/briefs/alpha/");
        var template = Path.Combine(site, "templates", "brief.sbn-html");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);

        File.WriteAllText(template, "{{ if page.title }}<p>unclosed</p>\n");
        await browser.WaitUntil($"{ANewDocument} && document.getElementById('briefgen-errors')?.textContent.includes('BG3001') === true", Patience);

        await Open(browser, server, "/repo/briefs/alpha/");
        File.Delete(template);
        await browser.WaitUntil($"{ANewDocument} && document.getElementById('briefgen-errors') === null && document.querySelector('h1')?.textContent.trim() === 'Alpha Brief'", Patience);
    }

    /// <summary>Opens <paramref name="path"/>, waits until its live-reload stream is connected, and marks the document.</summary>
    private static async Task Open(HeadlessChromium browser, PreviewServer server, string path)
    {
        var listening = browser.ExpectResponseTo(LiveReload.EventsPath);
        await browser.Navigate(new Uri(server.Address, path));
        await listening;
        await browser.Evaluate(Marker + " = 1");
    }

    private static async Task<string> Heading(HeadlessChromium browser)
        => (string)(await browser.Evaluate("document.querySelector('h1').textContent.trim()"))!;
}
