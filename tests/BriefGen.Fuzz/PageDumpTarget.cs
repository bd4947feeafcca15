using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.PageDump;

namespace BriefGen.Fuzz;

/// <summary>The input is a whole page dump (<c>*.txt</c>) read by <see cref="PageDumpReader"/>.</summary>
internal static class PageDumpTarget
{
    private const string Path = "fuzz.txt";

    private static readonly PageDumpReader Reader = new();

    public static void Run(byte[] input)
        => Reader.Read(new SourceText(Path, FuzzInput.Text(input, Path)), ReaderOptions.Default);
}
