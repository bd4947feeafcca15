using System.Text.Json.Serialization;

namespace BriefGen.Cli.Serve;

/// <summary>What one live-reload event tells a page: the changed files, and whether the build's errors appeared or cleared.</summary>
internal sealed record LiveReloadMessage(IReadOnlyList<string> Changed, bool Errors);

/// <summary>
/// The live-reload JSON, generated at compile time: the natively compiled CLI cannot serialize by reflection.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LiveReloadMessage))]
[JsonSerializable(typeof(string))]
internal sealed partial class LiveReloadJson : JsonSerializerContext;
