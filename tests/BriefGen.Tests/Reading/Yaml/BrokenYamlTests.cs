using BriefGen.Diagnostics;
using BriefGen.Reading;
using BriefGen.Site;
using BriefGen.Tests.Reading.Loading;
using BriefGen.Tests.Reading.Markdown;

namespace BriefGen.Tests.Reading.Yaml;

/// <summary>
/// Everyday YAML mistakes, fed to the three YAML readers (front matter, sidecar, <c>briefgen.yml</c>): each gives one
/// located error worded for people, never a parser's or .NET's exception message.
/// </summary>
public sealed class BrokenYamlTests
{
    /// <summary>Text that would mean an exception's message reached the user.</summary>
    private static readonly string[] Leaks = ["Exception", "Operation is not valid", "current state of the object", "YamlDotNet", "While scanning", "While parsing"];

    /// <summary>A mistake and a word its message must hold.</summary>
    public static TheoryData<string, string> Mistakes => new()
    {
        { "title: \"Unclosed\nkind: x\n", "closing \"" },
        { "title: 'Unclosed\nkind: x\n", "closing '" },
        { "title: T\n\"kind: x\n", "never closed" },
        { "title: T\n  kind: x\n", "column of the keys above" },
        { "title: T\n kind: x\nsummary: s\n", "column of the keys above" },
        { "authors:\n  - name: A\n   bio: B\n", "list item" },
        { "image:\n  url: x\n url2: y\n", "column of the keys above" },
        { "authors:\n\t- A\n", "tab" },
        { "title: T\ntitle: U\n", "'title' is given twice" },
        { "title: Policy: a view\n", "in quotes" },
        { "title T\nkind: K\n", "its ':'" },
        { "tags: [a, b\nkind: c\n", "']'" },
        { "tags: [a, b\n", "']'" },
        { "topics: [a, b\nsummary: s\n", "']'" },
        { "image: {url: x\n", "'}'" },
        { "title: T\n- item\n", "'key: value'" },
        { "title: \"a\" b\n", "quoted value" },
        { "kind: @x\n", "'@'" },
        { "title: `x`\n", "in quotes" },
        { "title: \"a\\q\"\n", "backslash" },
        { "title: *x\n", "anchor" },
        { "title: [a, {b: ]\n", "expected a value" },
        { "tags: [a, b]]\n", "'key: value'" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void FrontMatter_Mistake_IsLocatedBG1201InWords(string yaml, string expected)
    {
        var result = MarkdownTestReader.Read("---\n" + yaml + "---\n\nBody.\n");

        Assert.Null(result.Brief);
        AssertOneLocatedError(result.Diagnostics, "BG1201", expected, lastLine: 1 + Lines(yaml) + 1);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Sidecar_Mistake_IsLocatedBG1301InWords(string yaml, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("seeds/x.md", "---\ntitle: T\n---\n\nBody.\n");
        temp.Write("seeds/x.yml", yaml);
        var loader = SeedLoader.CreateDefault();

        var loaded = loader.Load(Assert.Single(loader.Discover(temp["seeds"], temp.Path, new DiagnosticBag())));

        Assert.Equal("T", loaded.Brief!.Title);
        AssertOneLocatedError(loaded.Diagnostics, "BG1301", expected, lastLine: Lines(yaml) + 1);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Config_Mistake_IsLocatedBG5003InWords(string yaml, string expected)
    {
        var bag = new DiagnosticBag();

        SiteConfigLoader.Parse(yaml, "briefgen.yml", bag);

        AssertOneLocatedError(bag.ToImmutable(), "BG5003", expected, lastLine: Lines(yaml) + 1);
    }

    private static void AssertOneLocatedError(IReadOnlyList<Diagnostic> diagnostics, string id, string expected, int lastLine)
    {
        var d = Assert.Single(diagnostics);
        Assert.Equal((id, DiagnosticSeverity.Error), (d.Id, d.Severity));
        Assert.InRange(d.Line, 1, lastLine);
        Assert.True(d.Column >= 1, d.ToString());
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
        foreach (var leak in Leaks)
        {
            Assert.DoesNotContain(leak, d.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static int Lines(string yaml) => yaml.Count(c => c == '\n');
}
