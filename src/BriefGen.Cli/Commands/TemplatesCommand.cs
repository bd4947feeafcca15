using System.CommandLine;
using BriefGen.Diagnostics;

namespace BriefGen.Cli.Commands;

/// <summary><c>briefgen templates export|list</c>: start a customisation from the built-in templates, and see where each name resolves.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console) => new("templates", "Work with the site's templates: export the built-in ones to start from, list where each resolves.")
    {
        Export(console),
        List(console),
    };

    private static Command Export(CliConsole console)
    {
        var siteDir = SiteDirArgument();
        var names = new Argument<string[]>("NAME")
        {
            Description = "Built-in templates to export (e.g. brief.sbn-html), with the partials they include; default: all of them.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var force = new Option<bool>("--force") { Description = "Replace a file of the site that differs from the built-in one (each replaced file is named)." };
        var command = new Command("export", "Copy built-in templates into the site's templates folder to start a customisation from; a file of yours is never replaced without --force.")
        {
            siteDir, names, force,
        };
        command.SetAction(parse => RunExport(console, parse.GetValue(siteDir)!, parse.GetValue(names) ?? [], parse.GetValue(force)));
        return command;
    }

    private static Command List(CliConsole console)
    {
        var siteDir = SiteDirArgument();
        var command = new Command("list", "Show every template name and where it resolves for this site: site, theme or built-in.") { siteDir };
        command.SetAction(parse => RunList(console, parse.GetValue(siteDir)!));
        return command;
    }

    private static Argument<string> SiteDirArgument()
        => new("SITE_DIR") { Description = "The site folder (holds templates/ and briefgen.yml).", DefaultValueFactory = _ => "." };

    private static int RunExport(CliConsole console, string siteDir, string[] names, bool force)
    {
        var listing = SiteTemplates.List(new SiteBuildOptions { SiteDir = siteDir });
        if (!listing.Errors.IsEmpty)
        {
            ConsoleDiagnosticWriter.Write(console, listing.Errors);
            return 1;
        }

        var outcome = new TemplateExporter(Path.GetFullPath(siteDir), listing.Folder, force).Export(names);
        ConsoleDiagnosticWriter.Write(console, outcome.Diagnostics);
        if (outcome.Diagnostics.Any(d => d.IsError))
        {
            return 1;
        }

        foreach (var (file, change) in outcome.Files)
        {
            console.Out.WriteLine($"{change,-9} {file}");
        }

        console.Out.Flush();
        return 0;
    }

    private static int RunList(CliConsole console, string siteDir)
    {
        var listing = SiteTemplates.List(new SiteBuildOptions { SiteDir = siteDir });
        ConsoleDiagnosticWriter.Write(console, listing.Errors);
        var width = listing.Templates.Max(t => t.Name.Length);
        foreach (var template in listing.Templates)
        {
            console.Out.WriteLine($"{template.Name.PadRight(width)}  {template.Describe(),-16}  {template.Path}");
        }

        console.Out.Flush();
        return listing.Errors.IsEmpty ? 0 : 1;
    }
}
