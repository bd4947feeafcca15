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
        await using var preview = await Preview.OfAlpha();
        Assert.Equal("Alpha Brief", await Heading(preview.Browser));

        PreviewSites.WriteAlpha(preview.Site, "Alpha Brief Revised");

        await preview.Browser.WaitUntil($"{ANewDocument} && document.querySelector('h1')?.textContent.trim() === 'Alpha Brief Revised'", Patience);
    }

    [Fact]
    public async Task AnEditedStylesheet_IsSwappedWithoutAReload()
    {
        await using var preview = await Preview.OfAlpha();

        Directory.CreateDirectory(Path.Combine(preview.Site, "static", "assets"));
        File.WriteAllText(Path.Combine(preview.Site, "static", "assets", "style.css"), "body { background-color: rgb(1, 2, 3); }\n");

        await preview.Browser.WaitUntil("getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'", Patience);
        Assert.True((bool)(await preview.Browser.Evaluate(StillTheSameDocument))!);
    }

    [Fact]
    public async Task ABrokenTemplate_ReloadsIntoTheOverlay_AndOutOfItWhenFixed()
    {
        await using var preview = await Preview.OfAlpha();
        var template = Path.Combine(preview.Site, "templates", "brief.sbn-html");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);

        File.WriteAllText(template, "{{ if page.title }}<p>unclosed</p>\n");
        await preview.Browser.WaitUntil($"{ANewDocument} && document.getElementById('briefgen-errors')?.textContent.includes('BG3001') === true", Patience);

        await preview.OpenAlpha();
        File.Delete(template);
        await preview.Browser.WaitUntil($"{ANewDocument} && document.getElementById('briefgen-errors') === null && document.querySelector('h1')?.textContent.trim() === 'Alpha Brief'", Patience);
    }

    /// <summary>A preview of <see cref="PreviewSites.New"/> with the <c>alpha</c> brief's page open in the browser.</summary>
    private sealed record Preview(string Site, PreviewServer Server, HeadlessChromium Browser) : IAsyncDisposable
    {
        public static async Task<Preview> OfAlpha()
        {
            var browser = await HeadlessChromium.Start(); // first: it skips the test where there is no Chromium
            var site = PreviewSites.New();
            var preview = new Preview(site, await PreviewSites.Start(site), browser);
            await preview.OpenAlpha();
            return preview;
        }

        /// <summary>Opens the page, waits until its live-reload stream is connected, and marks the document.</summary>
        public async Task OpenAlpha()
        {
            var listening = Browser.ExpectResponseTo(LiveReload.EventsPath);
            await Browser.Navigate(new Uri(Server.Address, "/repo/briefs/alpha/"));
            await listening;
            await Browser.Evaluate(Marker + " = 1");
        }

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            await Server.DisposeAsync();
        }
    }

    private static async Task<string> Heading(HeadlessChromium browser)
        => (string)(await browser.Evaluate("document.querySelector('h1').textContent.trim()"))!;
}
