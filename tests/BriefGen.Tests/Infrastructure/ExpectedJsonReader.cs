using System.Text.Json;
using System.Text.Json.Serialization;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;

namespace BriefGen.Tests.Infrastructure;

/// <summary>
/// A stand-in seed reader for site tests until the real readers land: it maps the seed's <c>*.expected.json</c>
/// (the contract model) to a <see cref="Brief"/>, so the pipeline still reads through <see cref="SeedLoader"/>.
/// </summary>
internal sealed class ExpectedJsonReader(string siteDir) : ISeedReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];

    /// <summary>A loader over this reader for the site at <paramref name="siteDir"/>.</summary>
    public static SeedLoader Loader(string siteDir) => new([new ExpectedJsonReader(siteDir)], ReaderOptions.Default);

    /// <summary>The brief of an expected-JSON file.</summary>
    public static Brief Parse(string json) => JsonSerializer.Deserialize<Brief>(json, Options)!;

    public ReadResult Read(SourceText source, ReaderOptions options)
    {
        var seed = Path.Combine(siteDir, source.Path);
        var json = Path.ChangeExtension(seed, null) + ".expected.json";
        return new ReadResult(Parse(File.ReadAllText(json)), []);
    }
}
