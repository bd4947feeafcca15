using System.CommandLine;

namespace BriefGen.Cli.Commands;

/// <summary>The site folder and the options over <c>briefgen.yml</c> that every command building a site takes alike.</summary>
internal static class SiteOptions
{
    /// <summary>New instances (a command owns its own): <c>SITE_DIR</c>, <c>--base-url</c>, <c>--templates</c>, <c>--config</c>.</summary>
    public static (Argument<string> SiteDir, Option<string?> BaseUrl, Option<string?> Templates, Option<string?> Config) Create() => (
        new Argument<string>("SITE_DIR") { Description = "The site folder (holds seeds/, templates/, static/, briefgen.yml).", DefaultValueFactory = _ => "." },
        new Option<string?>("--base-url") { Description = "The public URL of the site; overrides baseUrl in briefgen.yml." },
        new Option<string?>("--templates") { Description = "The template folder (default: SITE_DIR/templates)." },
        new Option<string?>("--config") { Description = "The configuration file (default: SITE_DIR/briefgen.yml)." });
}
