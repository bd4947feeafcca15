using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Reading;

namespace BriefGen.Fuzz;

/// <summary>Turns fuzzer bytes into seed text the way the loader does, so the decoder is fuzzed too.</summary>
internal static class FuzzInput
{
    /// <summary>
    /// The text <see cref="SeedDecoder"/> gives for <paramref name="bytes"/>; when it refuses them (binary, invalid
    /// UTF-8, blank), the lossy UTF-8 text instead, since a reader must cope with any text its API is handed.
    /// </summary>
    public static string Text(byte[] bytes, string path)
        => SeedDecoder.Decode(path, bytes, new DiagnosticBag())?.Text ?? Encoding.UTF8.GetString(bytes);
}
