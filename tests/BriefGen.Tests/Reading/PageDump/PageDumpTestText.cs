using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.PageDump;

namespace BriefGen.Tests.Reading.PageDump;

/// <summary>Helpers: decode seed bytes as the loader will (UTF-8, BOM stripped) and read page dumps.</summary>
internal static class PageDumpTestText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes)
    {
        var text = Utf8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    public static string ReadFileText(string path) => Decode(File.ReadAllBytes(path));

    public static ReadResult Read(string text, ReaderOptions? options = null, string path = "seeds/test.txt")
        => new PageDumpReader().Read(new SourceText(path, text), options ?? ReaderOptions.Default);

    /// <summary>Joins lines with <c>\n</c>.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines);

    /// <summary>A minimal well-formed page dump around the given body lines (each body line its own block).</summary>
    public static string Dump(params string[] body)
        => Lines(
            [
                "A Title for Testing the Reader",
                "from Test Program",
                "",
                "A Title for Testing the Reader",
                "",
                "A summary paragraph that stands alone between the header block and the date line of this dump, long enough.",
                "",
                "October 25, 2024 11:27 am (EST)",
                "",
                "Expert Brief",
                "Short description of the kind.",
                "",
                "Jane Q. Roe is a fellow for testing at the Council.",
                .. body.SelectMany(b => new[] { "", b }),
            ]);
}
