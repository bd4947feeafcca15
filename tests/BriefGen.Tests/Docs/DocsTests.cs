using System.Text;
using BriefGen.Diagnostics;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Docs;

/// <summary>The diagnostics table in <c>docs/diagnostics.md</c> is generated from <see cref="Descriptors"/>, so it can never drift from the code.</summary>
public sealed class DocsTests
{
    private const string Begin = "<!-- diagnostics:begin (generated from Descriptors by DocsTests; BRIEFGEN_ACCEPT_SNAPSHOTS=1 rewrites it) -->";
    private const string End = "<!-- diagnostics:end -->";

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
        Assert.All(ids, id => Assert.Matches("^BG[1-59][0-9]{3}$", id));
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
}
