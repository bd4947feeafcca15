using System.CommandLine;
using BriefGen.Cli.NewSite;

namespace BriefGen.Cli.Commands;

/// <summary><c>briefgen new SITE_DIR [--force]</c>: writes a new site that builds as it is.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var siteDir = new Argument<string>("SITE_DIR") { Description = "The folder to write the site into; created if missing, refused if not empty (see --force)." };
        var force = new Option<bool>("--force")
        {
            Description = "Write into a folder that is not empty: add the files that are missing and keep every existing file as it is.",
        };
        var command = new Command("new", "Write a new site: two example briefs, briefgen.yml with every setting explained, a favicon, a templates folder and a GitHub Pages workflow.") { siteDir, force };
        command.SetAction(parse => Run(console, parse.GetValue(siteDir)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(CliConsole console, string siteDir, bool force)
    {
        var outcome = new NewSiteWriter(siteDir, force).Write(NewSiteFiles.All());
        ConsoleDiagnosticWriter.Write(console, outcome.Diagnostics);
        if (!outcome.Succeeded)
        {
            return 1;
        }

        console.Out.WriteLine($"Created a BriefGen {NewSiteFiles.GeneratorVersion} site in {siteDir}:");
        foreach (var file in outcome.Written)
        {
            console.Out.WriteLine("  " + file.RelativePath);
        }

        console.Out.WriteLine("Next:");
        console.Out.WriteLine("  cd " + siteDir);
        console.Out.WriteLine("  briefgen serve");
        return 0;
    }
}
