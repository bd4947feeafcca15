using BriefGen.Cli.Checking;

namespace BriefGen.Tests.Checking;

public sealed class SrcSetTests
{
    [Theory]
    [InlineData("a.png", new[] { "a.png" })]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData(" a.png 640w,b.png  1280w , c.png", new[] { "a.png", "b.png", "c.png" })]
    [InlineData("a.png, b.png,", new[] { "a.png", "b.png" })]
    [InlineData("a.png,b.png", new[] { "a.png,b.png" })] // a URL runs to the next space, commas and all, as browsers read it
    [InlineData("a.png (x, y), b.png", new[] { "a.png", "b.png" })]
    [InlineData("", new string[0])]
    public void Urls_SplitsCandidatesAndSkipsDescriptors(string srcset, string[] urls)
        => Assert.Equal(urls, SrcSet.Urls(srcset));
}
