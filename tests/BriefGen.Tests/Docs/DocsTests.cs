using System.Text;
using System.Text.RegularExpressions;
using BriefGen.Diagnostics;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Docs;

/// <summary>
/// The documentation stays true to the code and to itself: the diagnostics table in <c>docs/diagnostics.md</c> is
/// generated from <see cref="Descriptors"/>, so it can never drift from the code; the README stays a short front door;
/// and every relative link in the README and <c>docs/</c> leads to a file (and heading) that exists.
/// </summary>
public sealed partial class DocsTests
{
    private const string Begin = "<!-- diagnostics:begin (generated from Descriptors by DocsTests; BRIEFGEN_ACCEPT_SNAPSHOTS=1 rewrites it) -->";
    private const string End = "<!-- diagnostics:end -->";

    /// <summary>The README's limit: it grows with features, but the reference belongs in docs/.</summary>
    private const int ReadmeMaxLines = 300;

    [Fact]
    public void DiagnosticsTable_ListsEveryDescriptor()
    {
        var path = RepoPaths.InRepo("docs", "diagnostics.md");
        var page = File.ReadAllText(path);
        var start = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/diagnostics.md has no diagnostics table markers");

        var current = page[(start + Begin.Length)..end];
        var expected = "\n" + Table() + "\n";
        if (current == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("BRIEFGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, page[..(start + Begin.Length)] + expected + page[end..], new UTF8Encoding(false));
            return;
        }

        Assert.Equal(expected, current);
    }

    [Fact]
    public void Descriptors_HaveUniqueWellFormedCodes()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^BG[1-69][0-9]{3}$", id));
    }

    [Fact]
    public void Readme_IsAShortFrontDoor()
    {
        var lines = File.ReadAllLines(RepoPaths.InRepo("README.md")).Length;

        Assert.True(
            lines <= ReadmeMaxLines,
            $"README.md has {lines} lines, more than {ReadmeMaxLines}: keep it a front door (what BriefGen is, the quick start, "
            + "each part in short) and move the reference into a page under docs/, linked from the README.");
    }

    [Fact]
    public void RelativeLinks_InReadmeAndDocs_LeadToExistingFiles()
    {
        var broken = new List<string>();
        foreach (var file in DocFiles())
        {
            foreach (var (line, target) in Links(File.ReadAllText(file)))
            {
                var problem = CheckLink(file, target);
                if (problem is not null)
                {
                    broken.Add($"{Relative(file)}({line}): '{target}' {problem}");
                }
            }
        }

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken));
    }

    [Theory]
    [InlineData("# BriefGen", "briefgen")]
    [InlineData("## Configuration (`briefgen.yml`)", "configuration-briefgenyml")]
    [InlineData("### Page dumps (`*.txt`)", "page-dumps-txt")]
    [InlineData("## What a build may do to OUT", "what-a-build-may-do-to-out")]
    [InlineData("## Incremental builds (10,000 briefs, one seed edited)", "incremental-builds-10000-briefs-one-seed-edited")]
    [InlineData("## MSBuild: `dotnet build` generates the site", "msbuild-dotnet-build-generates-the-site")]
    [InlineData("## Links, dates and order ##", "links-dates-and-order")]
    public void HeadingSlugs_AreGitHubs(string heading, string slug)
    {
        Assert.Contains(slug, Anchors(heading + "\n"));
    }

    [Fact]
    public void Links_SkipCodeAndFindImagesAndReferences()
    {
        const string Page = """
            See [a](a.md#x) and ![b](img/b.png "title"), not `[c](c.md)`.
            ```
            [d](d.md)
            ```
            [e]: e.md
            """;

        Assert.Equal(new[] { "a.md#x", "img/b.png", "e.md" }, Links(Page).Select(l => l.Target));
    }

    private static string Table()
    {
        var sb = new StringBuilder();
        sb.Append("| code | severity | problem | message |\n|---|---|---|---|\n");
        foreach (var d in Descriptors.All)
        {
            sb.Append("| ").Append(d.Id).Append(" | ").Append(DiagnosticFormatter.SeverityWord(d.DefaultSeverity))
              .Append(" | ").Append(d.Title).Append(" | ").Append(d.MessageFormat.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>README.md and every Markdown page under docs/.</summary>
    private static IEnumerable<string> DocFiles() =>
        Directory.EnumerateFiles(RepoPaths.InRepo("docs"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Prepend(RepoPaths.InRepo("README.md"));

    /// <summary>Why a link from <paramref name="file"/> is broken, or null when it is fine or not checked.</summary>
    private static string? CheckLink(string file, string target)
    {
        if (target.Contains("://", StringComparison.Ordinal)
            || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
            || target.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash >= 0 ? target[..hash] : target;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : null;

        string resolved;
        if (pathPart.Length == 0)
        {
            resolved = file;
        }
        else
        {
            var decoded = Uri.UnescapeDataString(pathPart);
            resolved = Path.GetFullPath(decoded.StartsWith('/')
                ? Path.Combine(RepoPaths.Root, decoded.TrimStart('/'))
                : Path.Combine(Path.GetDirectoryName(file)!, decoded));
            var root = Path.GetFullPath(RepoPaths.Root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (!(resolved + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal))
            {
                return "leads outside the repository";
            }

            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                return "leads to no file";
            }
        }

        if (fragment is not null && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && File.Exists(resolved)
            && !Anchors(File.ReadAllText(resolved)).Contains(fragment))
        {
            return $"names no heading of {Relative(resolved)}";
        }

        return null;
    }

    private static string Relative(string path) =>
        Path.GetRelativePath(RepoPaths.Root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The relative and absolute link and image targets of a Markdown page, outside code, with their lines.</summary>
    private static List<(int Line, string Target)> Links(string markdown)
    {
        var links = new List<(int, string)>();
        foreach (var (number, line) in OutsideCode(markdown))
        {
            var text = CodeSpan().Replace(line, "code");
            foreach (Match m in InlineLink().Matches(text))
            {
                links.Add((number, m.Groups["target"].Value));
            }

            var reference = ReferenceDefinition().Match(text);
            if (reference.Success)
            {
                links.Add((number, reference.Groups["target"].Value));
            }
        }

        return links;
    }

    /// <summary>The lines of a Markdown page outside fenced code blocks, numbered from 1.</summary>
    private static IEnumerable<(int Number, string Line)> OutsideCode(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            var open = FenceOpen().Match(trimmed);
            if (open.Success)
            {
                fence = open.Groups[1].Value;
                continue;
            }

            yield return (i + 1, lines[i]);
        }
    }

    /// <summary>The anchors GitHub gives a page's ATX headings (outside code): lower case, punctuation dropped, spaces as '-', repeats numbered.</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, line) in OutsideCode(markdown))
        {
            var heading = AtxHeading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            // The heading's text as GitHub renders it: code spans keep their content, links their text.
            var text = InlineLink().Replace(heading.Groups["text"].Value, m => m.Groups["text"].Value);
            var slug = new StringBuilder();
            foreach (var c in text.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var anchor = slug.ToString();
            var count = seen.GetValueOrDefault(anchor);
            seen[anchor] = count + 1;
            anchors.Add(count == 0 ? anchor : $"{anchor}-{count}");
        }

        return anchors;
    }

    [GeneratedRegex(@"^(```+|~~~+)")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"(`+)(?!`).*?(?<!`)\1(?!`)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[(?<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?(?<target>[^()\s<>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*<?(?<target>[^\s<>]+)>?")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();
}
