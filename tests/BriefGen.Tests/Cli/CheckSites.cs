using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary>Small sites for <c>briefgen check</c>, written into a fresh temporary folder: two Markdown briefs and what a test plants.</summary>
internal static class CheckSites
{
    /// <summary>The first brief links to the second and to its own section: nothing is broken.</summary>
    public const string AlphaSeed = """
        ---
        title: Alpha
        date: "2025-02-04"
        authors: [Ann Author]
        ---

        Intro.

        ## Details

        See [the beta brief](../beta/), [the details](#details) and [beta's section](../beta/#context).
        """;

    public const string BetaSeed = """
        ---
        title: Beta
        date: "2025-02-05"
        authors: [Ann Author]
        ---

        Body.

        ## Context

        Back to [alpha](../alpha/).
        """;

    /// <summary>
    /// A site of the two briefs; <paramref name="alphaSeed"/> replaces the first seed and <paramref name="notFoundPage"/>,
    /// when given, is written into a template override of the 404 page (inside its content).
    /// </summary>
    public static string Write(string alphaSeed = AlphaSeed, string? notFoundPage = null, string baseUrl = "https://briefs.example.org/")
    {
        var site = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), $"title: Check\nbaseUrl: {baseUrl}\n");
        File.WriteAllText(Path.Combine(site, "seeds", "alpha.md"), alphaSeed);
        File.WriteAllText(Path.Combine(site, "seeds", "beta.md"), BetaSeed);
        if (notFoundPage is not null)
        {
            Directory.CreateDirectory(Path.Combine(site, "templates"));
            File.WriteAllText(Path.Combine(site, "templates", "404.sbn-html"), $$$"""
                {{~ capture content ~}}
                <h1>Page not found</h1>
                {{{notFoundPage}}}
                {{~ end ~}}
                {{ include '_layouts/base.sbn-html' }}
                """);
        }

        return site;
    }
}
