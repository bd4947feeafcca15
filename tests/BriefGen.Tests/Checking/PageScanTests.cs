using BriefGen.Cli.Checking;

namespace BriefGen.Tests.Checking;

public sealed class PageScanTests
{
    [Fact]
    public void Of_FindsEveryCheckedUrlWithItsPositionAndEveryAnchor()
    {
        var scan = PageScan.Of("""
            <!DOCTYPE html>
            <html><head><link rel="stylesheet" href="s.css"><link rel="icon" href="i.png"><link rel="canonical" href="https://x/">
            <script src="a.js"></script></head>
            <body><h2 id="one">One</h2><a name="two"></a>
              <a href="p/">p</a><area href="m/"><img src="i.jpg" srcset="i2.jpg 2x"><picture><source srcset="w.webp"></picture>
            </body></html>
            """);

        Assert.Equal(
            [
                new PageLink(LinkKind.Stylesheet, "s.css", 2, 13),
                new PageLink(LinkKind.Icon, "i.png", 2, 49),
                new PageLink(LinkKind.Link, "https://x/", 2, 79),
                new PageLink(LinkKind.Script, "a.js", 3, 1),
                new PageLink(LinkKind.Link, "p/", 5, 3),
                new PageLink(LinkKind.Link, "m/", 5, 21),
                new PageLink(LinkKind.Image, "i.jpg", 5, 37),
                new PageLink(LinkKind.Image, "i2.jpg", 5, 37),
                new PageLink(LinkKind.Image, "w.webp", 5, 82),
            ],
            scan.Links);
        Assert.Equal(["one", "two"], scan.Anchors.Order(StringComparer.Ordinal));
        Assert.False(scan.LinksDropped);
    }
}
