using BriefGen.Diagnostics;

namespace BriefGen.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("baseURL", "baseUrl")]
    [InlineData("BriefGenBaseUri", "BriefGenBaseUrl")]
    [InlineData("wrds", "words")]
    [InlineData("pagesize", "pageSize")]
    public void Closest_FindsTheNameMeant(string typed, string meant)
        => Assert.Equal(meant, Suggestions.Closest(typed, ["title", "baseUrl", "BriefGenBaseUrl", "words", "pageSize", "summary"]));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("title")]
    public void Closest_NothingCloseOrTheSameName_IsNull(string typed)
        => Assert.Null(Suggestions.Closest(typed, ["title", "summary", "authors"]));
}
