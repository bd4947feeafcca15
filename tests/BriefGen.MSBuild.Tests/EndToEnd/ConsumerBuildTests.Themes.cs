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
        consumer.Write("themes/ink/_partials/hooks/body-start.sbn-html", "<p class=\"ink\">first</p>");
        consumer.Write("briefgen.yml", "title: Themed\ntheme: themes/ink\n");

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
        Assert.Contains("<p class=\"ink\">first</p>", File.ReadAllText(Path.Combine(consumer.SiteDir, "index.html")), StringComparison.Ordinal);

        // A theme folder named only in briefgen.yml is an input of the up-to-date check all the same, from the build after
        // the one that recorded it (its files then join the inputs list once).
        AssertSucceeded(consumer.Build());
        Assert.Contains(SkippedMessage, consumer.Build("-v:d").Output);
        consumer.Write("themes/ink/_partials/hooks/body-start.sbn-html", "<p class=\"ink\">second</p>");
        var edited = consumer.Build();
        AssertSucceeded(edited);
        Assert.Contains("<p class=\"ink\">second</p>", File.ReadAllText(Path.Combine(consumer.SiteDir, "index.html")), StringComparison.Ordinal);
    }
}
