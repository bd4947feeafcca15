using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.Markdown;

namespace BriefGen.Tests.Reading.Markdown;

/// <summary>Runs the Markdown reader on text held in the test.</summary>
internal static class MarkdownTestReader
{
    public static ReadResult Read(string text, string path = "seeds/x.md")
        => new MarkdownSeedReader().Read(new SourceText(path, text), ReaderOptions.Default);

    /// <summary>A seed with the given front-matter lines and body.</summary>
    public static ReadResult ReadSeed(string frontMatter, string body = "Body text.\n")
        => Read("---\n" + frontMatter + "---\n\n" + body);
}
