using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

public sealed partial class ConsumerBuildTests
{
    private static readonly string SampleTheme = RepoPaths.InRepo("samples", "BriefGen.Theme.Sample", "theme");

    [Fact]
    public void Build_WithAThemePackage_RestylesTheSite_AndTheSiteStillWins()
    {
        var consumer = Consumer.Create(Feed, "themed", projectBody: $"""
              <ItemGroup>
                <PackageReference Include="BriefGen.Theme.Sample" Version="{Feed.Version}" PrivateAssets="all" />
              </ItemGroup>

            """);
        consumer.Write("templates/_partials/hooks/body-end.sbn-html", "<p class=\"site-own\">mine</p>");

        var build = consumer.Build();

        AssertSucceeded(build);
        Assert.Equal(File.ReadAllText(Path.Combine(SampleTheme, "_assets", "style.css")), File.ReadAllText(Path.Combine(consumer.SiteDir, "assets", "style.css")));
        Assert.Equal(File.ReadAllText(Path.Combine(SampleTheme, "static", "theme-print.css")), File.ReadAllText(Path.Combine(consumer.SiteDir, "theme-print.css")));
        foreach (var page in new[] { "index.html", "404.html", $"briefs/{ReferenceSlug}/index.html" })
        {
            var html = File.ReadAllText(Path.Combine(consumer.SiteDir, page));
            Assert.Contains("<meta name=\"generator-theme\" content=\"BriefGen.Theme.Sample\">", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"site-own\">mine</p>", html, StringComparison.Ordinal);
        }

        Assert.Contains(Path.Combine(consumer.SiteDir, "theme-print.css"), File.ReadAllLines(consumer.ManifestPath()!));
    }
}
