using BriefGen.Model;
using BriefGen.Model.Json;

namespace BriefGen.Tests.Model;

public sealed class BriefJsonTests
{
    [Fact]
    public void Serialize_MinimalBrief_WritesEveryKeyInContractOrder()
    {
        var json = BriefJson.Serialize(new Brief { Title = "T", Slug = "t" });

        Assert.Equal(
            "{\n  \"title\": \"T\",\n  \"slug\": \"t\",\n  \"kind\": null,\n  \"kindDescription\": null,\n  \"program\": null,\n" +
            "  \"summary\": null,\n  \"published\": null,\n  \"authors\": [],\n  \"image\": null,\n  \"topics\": [],\n" +
            "  \"sections\": [],\n  \"disclaimer\": null,\n  \"license\": null,\n  \"related\": [],\n  \"format\": \"text\"\n}\n",
            json);
    }

    [Fact]
    public void Serialize_SpecialCharacters_EscapesOnlyQuotesBackslashAndControls()
    {
        var json = BriefJson.Serialize(new Brief { Title = "a\"b\\c\nd\u0001 ' + < & é —", Slug = "x" });

        Assert.Contains("\"title\": \"a\\\"b\\\\c\\nd\\u0001 ' + < & é —\",", json, StringComparison.Ordinal);
    }
}
