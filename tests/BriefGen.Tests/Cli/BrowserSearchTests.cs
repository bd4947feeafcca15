using System.Net;
using BriefGen.Cli.Serve;
using BriefGen.Tests.Infrastructure;
using BriefGen.Tests.Site;

namespace BriefGen.Tests.Cli;

/// <summary>
/// The search page in a real browser (the system's headless Chromium), served under a path prefix (<c>/repo/</c>) by
/// <c>briefgen serve</c>: a query from the address ranks title over topic over body matches, and typing a word found
/// only in one brief's body lists that brief with the word marked.
/// </summary>
public sealed class BrowserSearchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private const string Titles = "[...document.querySelectorAll('.search-result h2')].map(h => h.textContent).join('|')";

    [Fact]
    public async Task AQuery_ListsTitleMatchesBeforeTopicMatchesBeforeBodyMatches()
    {
        await using var search = await SearchPage.Open("glacier");

        await search.Browser.WaitUntil($"{Titles} === 'Glacier Funding Rules|Water Policy|Budget Notes'", Patience);
        Assert.Equal("3 briefs match “glacier”.", (string?)await search.Browser.Evaluate("document.querySelector('[data-search-status]').textContent"));
    }

    [Fact]
    public async Task TypingAWordOfOneBody_ListsThatBrief_WithTheWordMarked()
    {
        await using var search = await SearchPage.Open(null);

        await search.Browser.Evaluate("(() => { const i = document.querySelector('#search-q'); i.value = 'zygo'; i.dispatchEvent(new Event('input')); })()");

        await search.Browser.WaitUntil($"{Titles} === 'Budget Notes'", Patience);
        Assert.Equal("zygomorphic", (string?)await search.Browser.Evaluate("document.querySelector('.search-result .search-snippet mark').textContent"));
        Assert.Equal("/repo/briefs/budget-notes/", (string?)await search.Browser.Evaluate("new URL(document.querySelector('.search-result a').href).pathname"));
    }

    /// <summary>The search page of <see cref="SearchIndexTests.RankingSite"/> open in the browser, with <paramref name="query"/> in its address.</summary>
    private sealed record SearchPage(PreviewServer Server, HeadlessChromium Browser) : IAsyncDisposable
    {
        public static async Task<SearchPage> Open(string? query)
        {
            var browser = await HeadlessChromium.Start(); // first: it skips the test where there is no Chromium
            var site = SearchIndexTests.RankingSite(TestSite.TempDir());
            File.AppendAllText(Path.Combine(site, "briefgen.yml"), "baseUrl: https://example.org/repo/\n");
            var server = await PreviewServer.StartAsync(new SiteBuildOptions { SiteDir = site }, new IPEndPoint(IPAddress.Loopback, 0), _ => { });
            await browser.Navigate(new Uri(server.Address, "/repo/search/" + (query is null ? "" : "?q=" + Uri.EscapeDataString(query))));
            await browser.WaitUntil("document.querySelector('[data-search-ready]') !== null", Patience);
            return new SearchPage(server, browser);
        }

        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
