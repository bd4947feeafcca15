using System.Text.Json;
using BriefGen.MSBuild.Tests.Infrastructure;

namespace BriefGen.MSBuild.Tests.EndToEnd;

/// <summary>The package's <c>Watch</c> items: what a consumer's evaluation lists, and <c>dotnet watch build</c> acting on them.</summary>
[Trait("Category", "EndToEnd")]
public sealed class WatchTests(PackedFeed feed) : EndToEndTest(feed)
{
    // dotnet watch prints this once a build has exited and it watches the files again.
    private const string WatcherIdle = "Waiting for a file to change";

    [Fact]
    public void Evaluation_ListsSeedsSidecarsPagesTemplatesStaticAndConfig_NotSiteBinOrObj()
    {
        var consumer = CreateSiteWithEveryKindOfInput();
        var build = consumer.Build(); // restores the package, whose targets declare the items, and fills _site/, bin/ and obj/
        Assert.True(build.ExitCode == 0, build.ToString());

        Assert.Equal(
            ["briefgen.yml", "pages/about.md", "seeds/draft.md", "seeds/draft.yml", "seeds/first.md", "seeds/first.yml", "static/site.css", "templates/brief.sbn-html",
                "themes/ink/_partials/hooks/body-start.sbn-html"],
            WatchItems(consumer));

        // A templates folder as wide as the project folder would take in the site, bin/ and obj/: never those.
        var wide = WatchItems(consumer, "-p:BriefGenTemplatesDir=.");
        Assert.Contains(consumer.Name + ".csproj", wide);
        Assert.DoesNotContain(wide, f => f.StartsWith("_site/", StringComparison.Ordinal) || f.StartsWith("bin/", StringComparison.Ordinal) || f.StartsWith("obj/", StringComparison.Ordinal));

        Assert.Empty(WatchItems(consumer, "-p:BriefGenEnabled=false"));
    }

    [Fact]
    public void DotNetWatchBuild_SeedTitleEdited_RegeneratesThePage()
    {
        var consumer = CreateSiteWithEveryKindOfInput();
        var index = Path.Combine(consumer.SiteDir, "index.html");

        using var watch = WatchSession.Start(consumer);
        watch.WaitUntil(() => File.Exists(index) && watch.Output.Contains(WatcherIdle, StringComparison.Ordinal), TimeSpan.FromMinutes(3), "first build");
        Assert.Contains("Before The Edit", File.ReadAllText(index));

        var seed = consumer.PathOf("seeds/first.md");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("Before The Edit", "After The Edit", StringComparison.Ordinal));
        watch.WaitUntil(() => ReadShared(index).Contains("After The Edit", StringComparison.Ordinal), TimeSpan.FromSeconds(90), "page with the new title");
    }

    private Consumer CreateSiteWithEveryKindOfInput()
    {
        var consumer = Consumer.Create(Feed, "watched", withReferenceSeed: false);
        consumer.Write("seeds/first.md", "---\ntitle: Before The Edit\ndate: 2025-06-02\n---\n\nBody text.\n");
        consumer.Write("seeds/first.yml", "summary: A summary from the sidecar.\n");
        consumer.Write("seeds/draft.md", "---\ntitle: A Draft\ndate: 2025-06-03\n---\n\nBody text.\n");
        consumer.Write("templates/brief.sbn-html", File.ReadAllText(RepoPaths.InRepo("templates", "brief.sbn-html")));
        consumer.Write("static/site.css", "body { margin: 0; }\n");
        consumer.Write("pages/about.md", "---\ntitle: About\n---\n\nWho we are.\n");
        consumer.Write("themes/ink/_partials/hooks/body-start.sbn-html", "<p>ink</p>");
        consumer.Write("briefgen.yml", "title: Watched\nbaseUrl: https://briefs.example.org/\ntheme: themes/ink\n");
        return consumer;
    }

    // The site swaps files in while the watcher's build runs: a file caught mid-swap reads as not there yet.
    private static string ReadShared(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
    }

    // The Watch items of the consumer's evaluation, relative to its folder with '/', sorted.
    private static List<string> WatchItems(Consumer consumer, params string[] properties)
    {
        var result = consumer.Run(["msbuild", "-getItem:Watch", .. properties]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        return [.. json.RootElement.GetProperty("Items").GetProperty("Watch").EnumerateArray()
            .Select(item => Path.GetRelativePath(consumer.Dir, item.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }
}
