using BriefGen.Cli.Reporting;
using BriefGen.Diagnostics;

namespace BriefGen.Tests.Checking;

public sealed class GitHubAnnotationsTests
{
    private static readonly string Workspace = Path.Combine(Path.GetTempPath(), "repo");
    private static readonly string Site = Path.Combine(Workspace, "site");

    [Fact]
    public void Format_LocatedError_NamesTheFileFromTheWorkspaceWithLineColumnAndCode()
    {
        var diagnostic = new Diagnostic(Descriptors.BrokenLink, "seeds/a.md", 12, 3, "x/", "gone", "");

        Assert.Equal("::error file=site/seeds/a.md,line=12,col=3,title=BG6001::broken link 'x/': gone", GitHubAnnotations.Format(diagnostic, Site, Workspace));
    }

    [Fact]
    public void Format_WarningWithoutPosition_LeavesLineAndColumnOut()
    {
        var diagnostic = new Diagnostic(Descriptors.NotChecked, "big.html", 0, 0, "too big");

        Assert.Equal("::warning file=site/big.html,title=BG6005::not checked: too big", GitHubAnnotations.Format(diagnostic, Site, Workspace));
    }

    [Fact]
    public void Format_InfoWithoutFile_IsANoticeWithTitleOnly()
    {
        var diagnostic = new Diagnostic(new DiagnosticDescriptor("BG9999", "t", "m", DiagnosticSeverity.Info), null, 0, 0);

        Assert.Equal("::notice title=BG9999::m", GitHubAnnotations.Format(diagnostic, Site, Workspace));
    }

    [Fact]
    public void Format_EscapesTheMessageAndTheProperties()
    {
        var diagnostic = new Diagnostic(Descriptors.BrokenLink, "seeds/a,b:c%.md", 1, 1, "100%\r\n", "a:b,c", "");

        Assert.Equal(
            "::error file=site/seeds/a%2Cb%3Ac%25.md,line=1,col=1,title=BG6001::broken link '100%25%0D%0A': a:b,c",
            GitHubAnnotations.Format(diagnostic, Site, Workspace));
    }

    [Fact]
    public void Format_FileOutsideTheWorkspace_KeepsItsFullPath()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "a.md");
        var diagnostic = new Diagnostic(Descriptors.BrokenLink, outside, 1, 0, "x", "y", "");

        Assert.StartsWith("::error file=" + GitHubAnnotations.EscapeProperty(outside.Replace('\\', '/')) + ",line=1,title=", GitHubAnnotations.Format(diagnostic, Site, Workspace), StringComparison.Ordinal);
    }
}
