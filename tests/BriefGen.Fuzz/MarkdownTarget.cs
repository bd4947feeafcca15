using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Reading.Markdown;
using BriefGen.Rendering.Markup;

namespace BriefGen.Fuzz;

/// <summary>
/// The input is a Markdown seed's body under a fixed front matter: <see cref="MarkdownSeedReader"/> cuts it into
/// sections, then every paragraph is rendered to HTML as a site with and without raw HTML would render it.
/// </summary>
internal static class MarkdownTarget
{
    private const string Path = "fuzz.md";
    private const string FrontMatter = "---\ntitle: Fuzz\n---\n";

    private static readonly MarkdownSeedReader Reader = new();

    private static readonly MarkdownRenderer[] Renderers = [new(allowRawHtml: false), new(allowRawHtml: true)];

    public static void Run(byte[] input)
    {
        var result = Reader.Read(new SourceText(Path, FrontMatter + FuzzInput.Text(input, Path)), ReaderOptions.Default);
        foreach (var paragraph in result.Brief?.Sections.SelectMany(s => s.Paragraphs) ?? [])
        {
            foreach (var renderer in Renderers)
            {
                renderer.Render(paragraph, _ => { });
            }
        }
    }
}
