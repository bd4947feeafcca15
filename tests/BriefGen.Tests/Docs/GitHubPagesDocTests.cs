using System.Text.RegularExpressions;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Docs;

/// <summary>docs/github-pages.md shows the workflows a new site gets, as they are.</summary>
public sealed partial class GitHubPagesDocTests
{
    private static readonly string Page = File.ReadAllText(RepoPaths.InRepo("docs", "github-pages.md"));

    [Fact]
    public void ProjectWorkflow_IsTheTemplatesWorkflow()
    {
        var workflow = File.ReadAllText(RepoPaths.InRepo("src", "BriefGen.Templates", "content", "briefgen-site", ".github", "workflows", "pages.yml"));

        Assert.Equal(workflow, YamlBlocks()[0]);
    }

    [Fact]
    public void ToolBuildStep_IsTheOneBriefgenNewWrites()
    {
        var workflow = File.ReadAllText(RepoPaths.InRepo("src", "BriefGen.Templates", "tool-site", ".github", "workflows", "pages.yml"));

        Assert.Contains(YamlBlocks()[1], workflow, StringComparison.Ordinal);
    }

    private static List<string> YamlBlocks() => [.. YamlBlock().Matches(Page).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^```yaml\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
