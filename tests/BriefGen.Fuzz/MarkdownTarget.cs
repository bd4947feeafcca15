using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.Markdown;
using BriefGen.Rendering.Markup;
using BriefGen.Site;

namespace BriefGen.Fuzz;

/// <summary>
/// The input is a Markdown seed's body under a fixed front matter: <see cref="MarkdownSeedReader"/> cuts it into
/// sections, then the body is rendered to HTML as a site would render it: with and without raw HTML, with every
/// Markdown extension and with none.
/// </summary>
internal static class MarkdownTarget
{
    private const string Path = "fuzz.md";
    private const string FrontMatter = "---\ntitle: Fuzz\n---\n";

    private static readonly MarkdownSeedReader Reader = new();

    private static readonly MarkdownRenderer[] Renderers =
    [
        new(allowRawHtml: false, Enum.GetValues<MarkdownExtension>()),
        new(allowRawHtml: true, Enum.GetValues<MarkdownExtension>()),
        new(allowRawHtml: false, []),
    ];

    public static void Run(byte[] input)
    {
        var result = Reader.Read(new SourceText(Path, FrontMatter + FuzzInput.Text(input, Path)), ReaderOptions.Default);
        foreach (var renderer in Renderers)
        {
            renderer.RenderBody(result.Brief?.Sections ?? [], _ => { });
        }
    }
}
