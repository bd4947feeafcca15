using System.CommandLine;

namespace BriefGen.Cli.Commands;

/// <summary><c>briefgen model SEED... [-o DIR]</c>: prints or writes the content model of seeds.</summary>
internal static class ModelCommand
{
    public static Command Create() => Create(CliConsole.Standard);

    public static Command Create(CliConsole console)
    {
        var seeds = new Argument<string[]>("SEED")
        {
            Description = "Seed files (*.txt, *.md) or folders of seeds.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write DIR/<seed name>.json for each seed instead of printing one model to standard output.",
            HelpName = "DIR",
        };

        var command = new Command("model", "Print (or write with -o) the content model JSON of seed files or folders.")
        {
            seeds,
            output,
        };
        command.SetAction(parseResult => ModelRunner.Run(parseResult.GetValue(seeds) ?? [], parseResult.GetValue(output), console));
        return command;
    }
}
