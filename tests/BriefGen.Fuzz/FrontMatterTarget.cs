using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Reading;
using BriefGen.Reading.Markdown;
using BriefGen.Reading.Overrides;

namespace BriefGen.Fuzz;

/// <summary>
/// The input is YAML, read twice the ways BriefGen reads YAML fields: as a Markdown seed's front matter (between
/// <c>---</c> lines, over a one-paragraph body) and as a sidecar laid over a brief.
/// </summary>
internal static class FrontMatterTarget
{
    private const string SeedPath = "fuzz.md";
    private const string SidecarPath = "fuzz.yml";

    private static readonly MarkdownSeedReader Reader = new();

    private static readonly Brief Base = new() { Title = "Fuzz", Slug = "fuzz", Format = BriefFormat.Markdown };

    public static void Run(byte[] input)
    {
        var yaml = FuzzInput.Text(input, SidecarPath);
        Reader.Read(new SourceText(SeedPath, "---\n" + yaml + "\n---\n\nBody.\n"), ReaderOptions.Default);
        SidecarOverrides.Apply(Base, new SourceText(SidecarPath, yaml), new DiagnosticBag());
    }
}
