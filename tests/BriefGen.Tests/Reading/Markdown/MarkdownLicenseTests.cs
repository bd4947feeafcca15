using BriefGen.Model;

namespace BriefGen.Tests.Reading.Markdown;

public sealed class MarkdownLicenseTests
{
    [Theory]
    [InlineData("CC BY 4.0", "CC-BY-4.0", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0", "Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported", "https://creativecommons.org/licenses/by-nc-nd/3.0/")]
    [InlineData("CC0 1.0", "CC0-1.0", "CC0 1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/")]
    public void Read_LicenseLabelAlone_CompletedLikeAPageDumpLicenceLine(string label, string id, string name, string url)
    {
        var result = MarkdownTestReader.ReadSeed("title: T\nlicense: " + label + "\n");

        Assert.Equal(new License(id, label, name, url), result.Brief!.License);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_LicenseMappingWithLabelOnly_FillsIdNameAndUrl()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\nlicense:\n  label: CC BY-SA 4.0\n");

        Assert.Equal(
            new License("CC-BY-SA-4.0", "CC BY-SA 4.0", "Creative Commons Attribution-ShareAlike 4.0 International", "https://creativecommons.org/licenses/by-sa/4.0/"),
            result.Brief!.License);
    }

    [Fact]
    public void Read_LicenseNotACreativeCommonsLabel_IsLocatedWrongTypeError()
    {
        var result = MarkdownTestReader.ReadSeed("title: T\nlicense: All rights reserved\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal((3, 10), (error.Line, error.Column));
        Assert.Null(result.Brief!.License);
    }
}
