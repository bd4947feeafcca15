using System.Text;
using BriefGen.Model;

namespace BriefGen.Tests.Rendering;

public sealed class UrlSafetyTests
{
    [Theory]
    [InlineData("https://example.org/", true)]
    [InlineData("HTTP://EXAMPLE.ORG", true)]
    [InlineData("mailto:desk@example.org", true)]
    [InlineData("/briefs/x/", true)]
    [InlineData("../x.html?a=b:c", true)]
    [InlineData("#notes", true)]
    [InlineData("page:2", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData(" JavaScript :x", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData(":nothing", false)]
    [InlineData("averyveryverylongscheme:x", false)]
    [InlineData("", true)]
    public void Url_IsSafeOnlyWhenRelativeOrHttpOrMailto(string url, bool safe) => Assert.Equal(safe, UrlSafety.IsSafe(url));

    /// <summary>The rule as it reads: drop control characters and spaces, then judge the scheme before the first ':'.</summary>
    private static bool Rule(string url)
    {
        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':');
        var end = cleaned.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (end >= 0 && end < colon) || cleaned[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }

    [Fact]
    public void RandomUrls_JudgedAsTheRuleReads()
    {
        const string alphabet = "httpsmailtoHTTPSjavascript:/?#. \t\n\u0000\u001f\u00a0\u2028İK0-";
        var random = new Random(5);
        for (var i = 0; i < 100_000; i++)
        {
            var url = new StringBuilder();
            for (var n = random.Next(0, 14); n > 0; n--)
            {
                url.Append(random.Next(4) == 0 ? ":" : alphabet[random.Next(alphabet.Length)].ToString());
            }

            var text = url.ToString();
            Assert.True(Rule(text) == UrlSafety.IsSafe(text), $"'{text}'");
        }
    }
}
