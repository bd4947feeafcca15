using System.Net;
using BriefGen.Cli.Serve;
using BriefGen.Tests.Infrastructure;

namespace BriefGen.Tests.Cli;

/// <summary>A small site for <c>briefgen serve</c> tests, under the base path <c>/repo/</c>, and a preview server of it on a free port.</summary>
internal static class PreviewSites
{
    /// <summary>A site with two briefs, <c>alpha</c> (slug set) and <c>beta</c>, served under <c>/repo/</c>.</summary>
    public static string New()
    {
        var site = TestSite.TempDir();
        Directory.CreateDirectory(Path.Combine(site, "seeds"));
        File.WriteAllText(Path.Combine(site, "briefgen.yml"), "title: Preview\nbaseUrl: https://example.org/repo/\n");
        WriteAlpha(site, "Alpha Brief");
        File.WriteAllText(Path.Combine(site, "seeds", "beta.md"), "---\ntitle: Beta Brief\ntopics: [Energy]\n---\nBody two.\n");
        return site;
    }

    /// <summary>(Re)writes the <c>alpha</c> brief's seed with <paramref name="title"/>.</summary>
    public static void WriteAlpha(string site, string title)
        => File.WriteAllText(Path.Combine(site, "seeds", "alpha.md"), $"---\ntitle: {title}\nslug: alpha\ntopics: [Energy]\n---\nBody one.\n");

    /// <summary>Starts <c>briefgen serve</c>'s server for <paramref name="site"/> on a free loopback port.</summary>
    public static Task<PreviewServer> Start(string site)
        => PreviewServer.StartAsync(new SiteBuildOptions { SiteDir = site }, new IPEndPoint(IPAddress.Loopback, 0), _ => { });
}
