using System.Text;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;

namespace BriefGen.Tests.Rendering;

public sealed class MarkupEscaperTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("a & b <c> \"d\" 'e'", "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("bell\u0007nul\u0000esc\u001b", "bellnulesc")]
    [InlineData("&&", "&amp;&amp;")]
    [InlineData("", "")]
    public void Escape_WritesEntitiesAndDropsForbiddenControls(string text, string expected)
        => Assert.Equal(expected, MarkupEscaper.Escape(text));

    [Fact]
    public void UnchangedText_IsReturnedAsItIs()
    {
        var text = "Nothing to escape here, \u00e9 \u2014 \u201cquotes\u201d.";
        Assert.Same(text, MarkupEscaper.Escape(text));
    }

    /// <summary>On random text of specials, controls, letters and non-ASCII, the result is the rule applied character by character.</summary>
    [Fact]
    public void RandomText_IsEscapedCharacterByCharacter()
    {
        const string alphabet = "abcXYZ 019&<>\"'\t\n\r\u0000\u0001\u001f\u007f\u00a0\u00e9\u2014\ud83d\ude00";
        var random = new Random(29);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(Reference(text), MarkupEscaper.Escape(text));
        }
    }

    private static string Reference(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                < ' ' when c is not ('\t' or '\n' or '\r') => "",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
