using BriefGen.Model;
using BriefGen.Reading.PageDump;

namespace BriefGen.Tests.Reading.PageDump;

public sealed class LicenseTests
{
    [Theory]
    [InlineData("Creative Commons Attribution 4.0 International", "CC BY 4.0", "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")]
    [InlineData("Creative Commons Attribution-ShareAlike 4.0 International", "CC BY-SA 4.0", "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/")]
    [InlineData("Creative Commons Attribution-NonCommercial 4.0 International", "CC BY-NC 4.0", "CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/")]
    [InlineData("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International", "CC BY-NC-ND 4.0", "CC-BY-NC-ND-4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/")]
    [InlineData("Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported", "CC BY-NC-ND 3.0", "CC-BY-NC-ND-3.0", "https://creativecommons.org/licenses/by-nc-nd/3.0/")]
    public void TryParse_LicenseLine_MapsToSpdxIdAndDeedUrl(string name, string label, string id, string url)
    {
        Assert.True(LicenseLineParser.TryParse($"This work is licensed under {name} ({label}) License.", out var license));

        Assert.Equal(new License(id, label, name, url), license);
    }

    [Fact]
    public void TryParse_NameWithoutLabel_FindsTheLabelFromTheName()
    {
        Assert.True(LicenseLineParser.TryParse(
            "This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License.", out var license));

        Assert.Equal("CC-BY-SA-4.0", license!.Id);
        Assert.Equal("CC BY-SA 4.0", license.Label);
    }

    [Fact]
    public void Read_UnknownLicence_WarnsBG1102AndLeavesLicenseNull()
    {
        var text = PageDumpTestText.Dump(
            "Body paragraph that is long enough to be a paragraph and ends with a full stop, like this one does.",
            "This work is licensed under the Acme Public License (APL 2) License.");

        var result = PageDumpTestText.Read(text);

        Assert.Null(result.Brief!.License);
        Assert.Contains(result.Diagnostics, d => d.Id == "BG1102" && d.Line == 17);
        Assert.Single(result.Brief.Sections[0].Paragraphs);
    }
}
