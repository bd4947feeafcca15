using System.CommandLine;

namespace BriefGen.Cli.Commands;

/// <summary><c>briefgen model SEED... [-o DIR]</c>: prints or writes the content model of seeds.</summary>
internal static class ModelCommand
{
    public static Command Create()
    {
        var command = new Command("model", "Print (or write with -o) the content model JSON of seed files or folders.");
        command.SetAction(_ => 2);
        return command;
    }
}
