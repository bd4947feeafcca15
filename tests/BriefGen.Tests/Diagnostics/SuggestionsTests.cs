using BriefGen.Diagnostics;

namespace BriefGen.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    private static readonly string[] Known = ["BriefGenBaseUrl", "BriefGenCleanDestination", "BriefGenConfigFile", "BriefGenEnabled", "BriefGenOutputDir", "BriefGenSiteDir", "BriefGenTemplatesDir"];

    [Theory]
    [InlineData("BriefGenBaseUri", "BriefGenBaseUrl")]        // one letter wrong
    [InlineData("BriefGenOutputDirectory", "BriefGenOutputDir")] // the longer spelling
    [InlineData("briefgenbaseurl2", "BriefGenBaseUrl")]       // case is ignored
    [InlineData("BriefGenTempaltesDir", "BriefGenTemplatesDir")] // two letters swapped count once
    [InlineData("BriefGenSiteFolder", "BriefGenSiteDir")]     // a synonym at the end
    [InlineData("BriefGenVerbosity", null)]                   // another word, not a slip
    [InlineData("BriefGenBaseUrl", null)]                     // known: nothing to suggest
    [InlineData("BRIEFGENBASEURL", "BriefGenBaseUrl")]        // only the case differs: suggested (YAML keys are case-sensitive)
    public void Closest_SuggestsOnlyALikelySlip(string name, string? expected)
        => Assert.Equal(expected, Suggestions.Closest(name, Known));

    [Fact]
    public void Closest_TieGoesToTheFirstInOrdinalOrder_NoKnownNamesNoSuggestion()
    {
        Assert.Equal("abd", Suggestions.Closest("abc", ["abe", "abd"]));
        Assert.Null(Suggestions.Closest("abc", []));
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("baseURL", "baseUrl")]
    [InlineData("wrds", "words")]
    public void Closest_FindsTheSettingOrMemberMeant(string typed, string meant)
        => Assert.Equal(meant, Suggestions.Closest(typed, ["title", "baseUrl", "words", "pageSize", "summary"]));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    public void Closest_NothingClose_IsNull(string typed)
        => Assert.Null(Suggestions.Closest(typed, ["title", "summary", "authors"]));
}
