using System.CommandLine;

namespace BriefGen.Cli.Commands;

/// <summary><c>briefgen build [SITE_DIR] [-o OUT]</c>: builds the static site.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Build the static site from SITE_DIR (default: the current folder).");
        command.SetAction(_ => 2);
        return command;
    }
}
