using System.CommandLine;
using System.CommandLine.Help;
using BriefGen.Cli.Commands;

namespace BriefGen.Cli;

/// <summary>The <c>briefgen</c> command line: its commands, and usage errors mapped to exit code 2.</summary>
internal static class CliApp
{
    /// <summary>Exit code of a usage error (unknown option, missing argument…).</summary>
    public const int UsageError = 2;

    /// <summary>Parses and runs <paramref name="args"/>, writing to <paramref name="console"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        // A plain command named "briefgen" rather than RootCommand, whose name is the entry assembly's
        // (BriefGen.Cli), so help and errors show the name users type.
        var root = new Command("briefgen", "briefgen: builds a static site of policy briefs from seed documents.")
        {
            new HelpOption(),
            new VersionOption(),
            ModelCommand.Create(console),
            BuildCommand.Create(console),
            CheckCommand.Create(console),
            ServeCommand.Create(console),
            NewCommand.Create(console),
            TemplatesCommand.Create(console),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                console.WriteErrorLine("briefgen: error: " + error.Message);
            }

            console.WriteErrorLine("Run 'briefgen --help' for usage.");
            return UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
