using BriefGen.Cli.Checking;

namespace BriefGen.Tests.Checking;

public sealed class SiteAddressTests
{
    private static readonly SiteAddress UnderPath = new("https://example.org/repo/");

    [Theory]
    [InlineData("briefs/x/index.html", "../y/", "briefs/y/", "")]
    [InlineData("briefs/x/index.html", "../../", "", "")]
    [InlineData("briefs/x/index.html", "#part", "briefs/x/index.html", "part")]
    [InlineData("briefs/x/index.html", "", "briefs/x/index.html", "")]
    [InlineData("briefs/x/index.html", "  ../y/?page=2#a%20b  ", "briefs/y/", "a b")]
    [InlineData("index.html", "/repo/briefs/caf%C3%A9/", "briefs/café/", "")]
    [InlineData("index.html", "https://example.org/repo/style.css", "style.css", "")]
    [InlineData("index.html", "//example.org/repo/feed.xml", "feed.xml", "")]
    public void Resolve_OwnUrls_AreInternalSitePaths(string page, string url, string sitePath, string fragment)
        => Assert.Equal(new LinkTarget.Internal(sitePath, fragment), UnderPath.Resolve(page, url));

    [Theory]
    [InlineData("https://other.org/repo/x")]
    [InlineData("http://example.org/repo/x")]
    [InlineData("https://example.org/other/")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("javascript:void(0)")]
    [InlineData("data:image/png;base64,AAAA")]
    public void Resolve_OtherSchemesHostsAndPaths_AreExternal(string url)
        => Assert.IsType<LinkTarget.External>(UnderPath.Resolve("index.html", url));

    [Theory]
    [InlineData("index.html", "/elsewhere/", "/elsewhere/")]
    [InlineData("briefs/x/index.html", "../../../up/", "/up/")]
    public void Resolve_RelativeUrlsLeavingTheBasePath_AreOutsideIt(string page, string url, string path)
        => Assert.Equal(new LinkTarget.OutsideBase(path, "/repo/"), UnderPath.Resolve(page, url));

    [Fact]
    public void Resolve_WithoutBaseUrl_RootRelativeUrlsAreFromTheSiteRoot()
        => Assert.Equal(new LinkTarget.Internal("briefs/x/", ""), new SiteAddress(null).Resolve("topics/index.html", "/briefs/x/"));

    [Fact]
    public void Resolve_UnparsableUrl_IsMalformed()
        => Assert.IsType<LinkTarget.Malformed>(UnderPath.Resolve("index.html", "http://[broken"));
}
