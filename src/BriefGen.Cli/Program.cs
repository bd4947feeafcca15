using System.CommandLine;
using BriefGen.Cli.Commands;

var root = new RootCommand("briefgen: builds a static site of policy briefs from seed documents.")
{
    ModelCommand.Create(),
    BuildCommand.Create(),
};
return root.Parse(args).Invoke();
